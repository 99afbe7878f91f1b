using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SteeringDashboard.Core.Seed;

namespace SteeringDashboard.Core.Data;

/// <summary>Brings the store up to date at start-up: migrations, WAL journal (SQLite), reference and demo data.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<SteeringDbContext> factory,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(SeedOptions seed, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            EnsureDataFolder(db.Database.GetConnectionString());
        }

        await db.Database.MigrateAsync(cancellationToken);

        if (sqlite)
        {
            var journalMode = await db.Database
                .SqlQueryRaw<string>("PRAGMA journal_mode=WAL")
                .ToListAsync(cancellationToken);
            if (!string.Equals(journalMode.SingleOrDefault(), "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"SQLite refused WAL journal mode (got '{journalMode.SingleOrDefault()}').");
            }

            logger.LogInformation("Database migrated; journal mode {JournalMode}", "wal");
        }
        else
        {
            logger.LogInformation("Database migrated ({Provider})", db.Database.ProviderName);
        }

        if (!seed.Enabled || await db.Plans.AnyAsync(cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await new Plan127Seed(db).SeedReferenceDataAsync(cancellationToken);
        if (seed.DemoData)
        {
            await new DemoDataGenerator(db).GenerateAsync(cancellationToken);
            if (seed.DemoAccounts)
            {
                await DemoAccounts.AddAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded Plan 127/KH-BCD (demo data: {DemoData}, demo accounts: {DemoAccounts})", seed.DemoData, seed.DemoData && seed.DemoAccounts);
    }

    private static void EnsureDataFolder(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
