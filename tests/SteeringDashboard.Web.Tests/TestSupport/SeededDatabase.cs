using Microsoft.Data.Sqlite;
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
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"steering-web-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={_path};Pooling=False";

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
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }
}
