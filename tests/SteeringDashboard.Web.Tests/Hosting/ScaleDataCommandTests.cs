using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Web.Hosting;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Hosting;

/// <summary>The generate-scale-data command as an operator runs it on a migrated, empty database.</summary>
public sealed class ScaleDataCommandTests : IAsyncLifetime
{
    private readonly TemporaryDatabase _database = new();
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        _services = new ServiceCollection().AddLogging().AddSteeringData(_database.ConnectionString).BuildServiceProvider();
        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync(new SeedOptions { Enabled = false }, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task FillsAFreshDatabaseSaysHowManyRowsAndRefusesASecondRun()
    {
        string[] args = ["generate-scale-data", "--years", "1", "--units", "40"];
        using var output = new StringWriter();
        using var error = new StringWriter();

        var first = await ScaleDataCommand.RunAsync(_services, args, output, error);
        var second = await ScaleDataCommand.RunAsync(_services, args, output, error);

        Assert.Equal((0, 1), (first, second));
        Assert.StartsWith("Wrote 12,244 rows in ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("200 assignments, 5,960 assignment history rows,", output.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("The database already holds data (1 plans, 40 units)", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--years", "0")]
    [InlineData("--units", "many")]
    [InlineData("--units", "5001")]
    public async Task ExplainsItsUsageForANumberOutOfRange(string option, string value)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await ScaleDataCommand.RunAsync(_services, ["generate-scale-data", option, value], output, error);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Usage: generate-scale-data [--years 1..30] [--units 1..5000]", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }
}
