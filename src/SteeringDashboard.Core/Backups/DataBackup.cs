using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Backups;

/// <summary>Why a backup could not be written; nothing was left behind.</summary>
public sealed class BackupException(string message) : Exception(message);

/// <summary>
/// Writes a consistent backup of the app's data while it serves and writes: the database through SQLite's online backup API
/// (one step, so the copy is the database as one transaction left it), then every file that copy names, into one zip with
/// a <see cref="BackupManifest"/>. The archive appears under its name only once complete.
/// </summary>
public sealed class DataBackup(DataLocation location, TimeProvider clock)
{
    // A file named by the copy can be deleted by a later write (an agenda document removed) before it is read: take a new copy.
    private const int Attempts = 3;

    public async Task<BackupManifest> WriteAsync(string archivePath, string appVersion, CancellationToken cancellationToken = default)
    {
        var archive = Path.GetFullPath(archivePath);
        if (!File.Exists(location.DatabasePath))
        {
            throw new BackupException($"There is no database at {location.DatabasePath}: check the connection string (ConnectionStrings:Steering).");
        }

        if (File.Exists(archive))
        {
            throw new BackupException($"{archive} exists already: a backup never overwrites a file; choose another name.");
        }

        var folder = Path.GetDirectoryName(archive)!;
        Directory.CreateDirectory(folder);
        var work = Path.Combine(folder, $".{Path.GetFileName(archive)}.{Guid.NewGuid():N}");
        var copy = work + ".db";
        var partial = work + ".partial";
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                CopyDatabase(copy);
                var (schemaVersion, tables, storedNames) = await DescribeAsync(copy, cancellationToken);
                var missing = await WriteArchiveAsync(partial, copy, storedNames, files => new BackupManifest(
                    BackupManifest.CurrentFormat, clock.GetUtcNow().UtcDateTime, appVersion, schemaVersion, files.Database, tables, files.Stored), cancellationToken);
                if (missing is null)
                {
                    File.Move(partial, archive);
                    return BackupManifest.FromJson(await ReadManifestAsync(archive, cancellationToken))!;
                }

                if (attempt == Attempts)
                {
                    throw new BackupException(
                        $"The database names a stored file that is not in {location.FilesFolder} ({missing}), in {Attempts} copies one after another: "
                        + "the files folder does not match the database (check Evidence:Folder).");
                }

                File.Delete(copy);
                File.Delete(partial);
            }
        }
        finally
        {
            File.Delete(copy);
            File.Delete(partial);
        }
    }

    private void CopyDatabase(string copy)
    {
        // ReadWrite, not ReadWriteCreate: a wrong path must not create an empty database and back it up.
        using var source = new SqliteConnection(DataLocation.ConnectionStringOf(location.DatabasePath, SqliteOpenMode.ReadWrite));
        using var target = new SqliteConnection(DataLocation.ConnectionStringOf(copy));
        source.Open();
        target.Open();
        source.BackupDatabase(target);

        // The copy is one self-contained file: no WAL beside it.
        using var command = target.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=DELETE";
        command.ExecuteScalar();
    }

    private static async Task<(string SchemaVersion, IReadOnlyDictionary<string, long> Tables, IReadOnlyList<string> StoredNames)> DescribeAsync(
        string copy, CancellationToken cancellationToken)
    {
        await using var db = DataLocation.ContextOn(copy);
        var tables = await DatabaseFacts.CountRowsAsync(db, cancellationToken);
        var schemaVersion = await DatabaseFacts.SchemaVersionAsync(db, cancellationToken);
        var storedNames = await db.AssignmentEvidence.Select(e => e.StoredName)
            .Concat(db.UnitReportAttachments.Select(a => a.StoredName))
            .Concat(db.AgendaDocuments.Select(d => d.StoredName))
            .ToListAsync(cancellationToken);
        return (schemaVersion, tables, storedNames);
    }

    /// <summary>Writes the archive; returns the first stored file found missing, or null when every one was archived.</summary>
    private async Task<string?> WriteArchiveAsync(
        string partial,
        string copy,
        IReadOnlyList<string> storedNames,
        Func<(BackupEntry Database, IReadOnlyList<BackupEntry> Stored), BackupManifest> manifestOf,
        CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.ReadWrite);
        await using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var database = await AddAsync(zip, BackupManifest.DatabaseEntry, copy, CompressionLevel.Optimal, cancellationToken);
            var stored = new List<BackupEntry>(storedNames.Count);
            foreach (var name in storedNames.Order(StringComparer.Ordinal))
            {
                try
                {
                    // PDF, PNG and JPEG are compressed already.
                    stored.Add(await AddAsync(zip, BackupManifest.FilesFolder + name, Path.Combine(location.FilesFolder, name), CompressionLevel.NoCompression, cancellationToken));
                }
                catch (Exception missing) when (missing is FileNotFoundException or DirectoryNotFoundException)
                {
                    return name;
                }
            }

            var manifest = zip.CreateEntry(BackupManifest.EntryName, CompressionLevel.Optimal);
            await using var manifestStream = await manifest.OpenAsync(cancellationToken);
            await manifestStream.WriteAsync(Encoding.UTF8.GetBytes(manifestOf((database, stored)).ToJson()), cancellationToken);
        }

        stream.Flush(flushToDisk: true);
        return null;
    }

    private static async Task<BackupEntry> AddAsync(ZipArchive zip, string entryName, string path, CompressionLevel level, CancellationToken cancellationToken)
    {
        await using var source = File.OpenRead(path);
        var entry = zip.CreateEntry(entryName, level);
        await using var target = await entry.OpenAsync(cancellationToken);
        return await BackupHashing.CopyAsync(entryName, source, target, cancellationToken);
    }

    private static async Task<string> ReadManifestAsync(string archive, CancellationToken cancellationToken)
    {
        await using var zip = await ZipFile.OpenReadAsync(archive, cancellationToken);
        await using var stream = await zip.GetEntry(BackupManifest.EntryName)!.OpenAsync(cancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}

/// <summary>Copies a stream while computing its SHA-256, for the manifest and for checking it.</summary>
internal static class BackupHashing
{
    public static async Task<BackupEntry> CopyAsync(string entryName, Stream source, Stream target, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long bytes = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            bytes += read;
        }

        return new BackupEntry(entryName, bytes, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}

/// <summary>What the manifest records of a database: its rows per table and its schema version.</summary>
internal static class DatabaseFacts
{
    public static async Task<IReadOnlyDictionary<string, long>> CountRowsAsync(SteeringDbContext db, CancellationToken cancellationToken)
    {
        var names = await db.Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .ToListAsync(cancellationToken);
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            // The names come from the database's own catalogue, quoted as identifiers.
            var count = "SELECT COUNT(*) AS Value FROM \"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            counts[name] = await db.Database.SqlQueryRaw<long>(count).SingleAsync(cancellationToken);
        }

        return counts;
    }

    public static async Task<string> SchemaVersionAsync(SteeringDbContext db, CancellationToken cancellationToken) =>
        (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault() ?? "(none)";
}
