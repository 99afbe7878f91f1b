using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Web.Hosting;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Hosting;

/// <summary>The copy-to-postgresql command as an operator runs it: a seeded installation's SQLite file into a real PostgreSQL database.</summary>
public sealed class CopyToPostgreSqlCommandTests : IAsyncLifetime
{
    private readonly TemporaryDatabase _source = new();
    private readonly EmptyPostgresDatabase _target = new("command");

    public async ValueTask InitializeAsync()
    {
        await _target.InitializeAsync();
        await using var services = new ServiceCollection().AddLogging().AddSteeringData(_source.ConnectionString).BuildServiceProvider();
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(new SeedOptions(), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _source.Dispose();
        await _target.DisposeAsync();
    }

    [Fact]
    public async Task CopiesPrintsEveryTableTheSameOnBothSidesAndRefusesASecondRun()
    {
        string[] args = [CopyToPostgreSqlCommand.Name, "--from", _source.FilePath, "--to", _target.ConnectionString];
        using var output = new StringWriter();
        using var error = new StringWriter();

        var first = await CopyToPostgreSqlCommand.RunAsync(args, output, error);
        var second = await CopyToPostgreSqlCommand.RunAsync(args, output, error);

        Assert.Equal((0, 1), (first, second));
        Assert.Matches(@"(?m)^assignments\s+([1-9][0-9,]*)\s+\1  same\r?$", output.ToString());
        Assert.DoesNotContain("DIFFER", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("every table has the same rows on both sides.", output.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("The PostgreSQL database is not empty: ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from")]
    [InlineData("--to")]
    public async Task ExplainsItsUsageWhenADatabaseIsNotNamed(string missing)
    {
        string[] args = [CopyToPostgreSqlCommand.Name, .. missing == "--from" ? Array.Empty<string>() : ["--from", _source.FilePath], .. missing == "--to" ? Array.Empty<string>() : ["--to", _target.ConnectionString]];
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, await CopyToPostgreSqlCommand.RunAsync(args, output, error));
        Assert.StartsWith($"Usage: {CopyToPostgreSqlCommand.Name} --from", error.ToString(), StringComparison.Ordinal);
    }
}
