using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>
/// A SQLite file seeded with Plan 127/KH-BCD and the demo data, shared by the tests of one class (xunit class fixture);
/// tests only read it. Deleted when the class is done.
/// </summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    private readonly TemporaryDatabase _database = new();

    public string ConnectionString => _database.ConnectionString;

    /// <summary>Registers the store and the query services against this file.</summary>
    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSteeringData(ConnectionString);
    }

    public async ValueTask InitializeAsync()
    {
        var services = new ServiceCollection();
        AddTo(services);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(new SeedOptions());
    }

    public ValueTask DisposeAsync()
    {
        _database.Dispose();
        return ValueTask.CompletedTask;
    }
}
