using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Seed;

namespace SteeringDashboard.Benchmarks;

/// <summary>
/// The scale database the benchmarks read: the file named by STEERING_SCALE_DB (default /tmp/steering-scale.db), written by
/// <see cref="ScaleDataGenerator"/> with ten years and 600 units when missing.
/// </summary>
public sealed class ScaleDatabase : IDbContextFactory<SteeringDbContext>
{
    private readonly IInterceptor[] _interceptors;

    private ScaleDatabase(string path, params IInterceptor[] interceptors)
    {
        Path = path;
        _interceptors = interceptors;
    }

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path}";

    public static async Task<ScaleDatabase> OpenAsync()
    {
        var database = new ScaleDatabase(Environment.GetEnvironmentVariable("STEERING_SCALE_DB") is { Length: > 0 } path ? path : "/tmp/steering-scale.db");
        if (!File.Exists(database.Path))
        {
            await new DatabaseInitializer(database, TimeProvider.System, NullLogger<DatabaseInitializer>.Instance)
                .InitializeAsync(new SeedOptions { Enabled = false });
            await new ScaleDataGenerator(database).GenerateAsync(new ScaleDataOptions(Years: 10, Units: 600));
            SqliteConnection.ClearAllPools();
        }

        return database;
    }

    /// <summary>The same database, with <paramref name="interceptor"/> on every context.</summary>
    public ScaleDatabase With(IInterceptor interceptor) => new(Path, interceptor);

    public SteeringDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<SteeringDbContext>().UseSqlite(ConnectionString).AddInterceptors(_interceptors).Options);
}
