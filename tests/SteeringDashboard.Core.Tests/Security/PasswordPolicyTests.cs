using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Security;

public sealed class PasswordPolicyTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var services = new ServiceCollection().AddLogging();
        services.AddSteeringData(_database.ConnectionString, provider: _database.Provider);
        services.AddSteeringIdentityCore();
        _services = services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData("eleven char", "PasswordTooShort")]
    [InlineData("Password1234", PasswordPolicy.CommonCode)]
    [InlineData("anhyeuem123456", PasswordPolicy.CommonCode)]
    [InlineData("Vietnam2024!", PasswordPolicy.CommonCode)]
    [InlineData("iloveyou2018", PasswordPolicy.CommonCode)]
    [InlineData("1qaz2wsx3edc4rfv", PasswordPolicy.CommonCode)]
    [InlineData("Liverpool1234", PasswordPolicy.CommonCode)]
    [InlineData("my name is reporter.bd ok", PasswordPolicy.ContainsUserNameCode)]
    public async Task AWeakPasswordIsRefusedWithItsReason(string password, string code)
    {
        var result = await CreateAsync(password);

        Assert.Contains(code, result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void TheShippedListOfCommonPasswordsHasTensOfThousandsOfEntriesAllLongEnoughToPassTheLengthRule()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("SteeringDashboard.Core.Security.common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        var entries = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => !line.StartsWith('#')).ToList();

        Assert.InRange(entries.Count, 40_000, 100_000);
        Assert.All(entries, entry => Assert.InRange(entry.Length, PasswordPolicy.MinimumLength, PasswordPolicy.MaximumLength));
    }

    [Fact]
    public async Task APasswordLongerThan128CharactersIsRefused() =>
        Assert.Contains(PasswordPolicy.TooLongCode, (await CreateAsync(new string('x', 100) + " sông Hồng mùa thu " + new string('y', 20))).Errors.Select(e => e.Code));

    [Theory]
    [InlineData("trăng sáng hồ gươm")]
    [InlineData("correct horse battery staple")]
    [InlineData("abcdefghijkm")]
    public async Task ALongPasswordNeedsNoDigitsCapitalsOrSymbols(string password) =>
        Assert.True((await CreateAsync(password)).Succeeded);

    private async Task<IdentityResult> CreateAsync(string password)
    {
        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SteeringUser>>();
        return await users.CreateAsync(new SteeringUser { UserName = "reporter.bd", DisplayName = "Phóng viên" }, password);
    }
}
