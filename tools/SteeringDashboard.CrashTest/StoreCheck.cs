using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.CrashTest;

/// <summary>What must hold of the whole store whatever was killed when: SQLite's own checks and no half-done write.</summary>
public static class StoreCheck
{
    /// <summary>A context on the app's SQLite file, unpooled so that the file is let go at once.</summary>
    public static SteeringDbContext Open(string databasePath) =>
        new(new DbContextOptionsBuilder<SteeringDbContext>().UseSqlite($"Data Source={databasePath};Pooling=False").Options);

    /// <summary>integrity_check and foreign_key_check on the file the killed app left (its WAL is recovered on opening).</summary>
    public static async Task SqliteAsync(string databasePath, List<string> failures, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        var integrity = await ReadAsync(connection, "PRAGMA integrity_check", cancellationToken);
        if (integrity is not ["ok"])
        {
            failures.Add($"PRAGMA integrity_check: {string.Join("; ", integrity)}");
        }

        var keys = await ReadAsync(connection, "PRAGMA foreign_key_check", cancellationToken);
        if (keys.Count > 0)
        {
            failures.Add($"PRAGMA foreign_key_check: {string.Join("; ", keys)}");
        }
    }

    /// <summary>
    /// Every assignment and report is the state of its latest history row, and every file record names a file of its size.
    /// Returns the stored files no record names (a write killed between storing its file and committing).
    /// </summary>
    public static async Task<IReadOnlyList<string>> WholeAsync(SteeringDbContext db, StoredFiles files, List<string> failures, CancellationToken cancellationToken)
    {
        var assignments = await db.Assignments
            .Select(a => new { a.Id, a.Version, a.State, a.Progress, Latest = a.History.OrderByDescending(h => h.Id).FirstOrDefault() })
            .Where(a => a.Latest != null)
            .ToListAsync(cancellationToken);
        foreach (var a in assignments.Where(a => a.Latest!.Version != a.Version || a.Latest.NewState != a.State || a.Latest.NewProgress != a.Progress))
        {
            failures.Add($"assignment {a.Id} ({a.State}, {a.Progress}%, {a.Version}) is not the state of its latest history row {a.Latest!.Id}");
        }

        var reports = await db.UnitReports
            .Select(r => new { r.Id, r.Version, Latest = r.History.OrderByDescending(h => h.Id).Select(h => (Guid?)h.Version).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        foreach (var r in reports.Where(r => r.Latest != r.Version))
        {
            failures.Add($"unit report {r.Id} is at version {r.Version}, its latest history row at {r.Latest}");
        }

        var recorded = await db.AssignmentEvidence.Select(e => new { e.StoredName, e.SizeBytes })
            .Concat(db.UnitReportAttachments.Select(a => new { a.StoredName, a.SizeBytes }))
            .Concat(db.AgendaDocuments.Select(d => new { d.StoredName, d.SizeBytes }))
            .ToListAsync(cancellationToken);
        failures.AddRange(recorded.Select(r => files.SizeMismatch(r.StoredName, r.SizeBytes)).OfType<string>());
        var named = recorded.Select(r => r.StoredName).ToHashSet(StringComparer.Ordinal);
        return files.Names().Where(name => !named.Contains(name)).ToList();
    }

    private static async Task<List<string>> ReadAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(string.Join(",", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString())));
        }

        return rows;
    }
}
