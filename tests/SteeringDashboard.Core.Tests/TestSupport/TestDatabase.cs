using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Tests.TestSupport;

/// <summary>A migrated SQLite file of its own for one test, deleted afterwards; counts the SQL commands it runs.</summary>
public sealed class TestDatabase : IAsyncDisposable, IDbContextFactory<SteeringDbContext>
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"steering-test-{Guid.NewGuid():N}.db");
    private readonly QueryProbe _counter = new();

    private TestDatabase()
    {
    }

    public string ConnectionString => $"Data Source={_path};Pooling=False";

    /// <summary>SQL commands executed since the last <see cref="ResetCommandCount"/>.</summary>
    public int CommandCount => _counter.Count;

    public static async Task<TestDatabase> CreateAsync(bool seed = false, bool demoData = false)
    {
        var database = new TestDatabase();
        var initializer = new DatabaseInitializer(database, TimeProvider.System, NullLogger<DatabaseInitializer>.Instance);
        await initializer.InitializeAsync(new SeedOptions { Enabled = seed, DemoData = demoData });
        database.ResetCommandCount();
        return database;
    }

    public SteeringDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<SteeringDbContext>().UseSqlite(ConnectionString).AddInterceptors(_counter).Options);

    public void ResetCommandCount() => _counter.Reset();

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
