using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Backups;

/// <summary>What a restore did, or why it refused (and then it changed nothing).</summary>
public abstract record RestoreOutcome
{
    /// <param name="SchemaVersion">The schema version after the migrations ran (the backup's own is in the manifest).</param>
    /// <param name="MovedAsideTo">Where the data that was there before went, when the restore was forced over it.</param>
    public sealed record Restored(BackupManifest Manifest, string SchemaVersion, string? MovedAsideTo) : RestoreOutcome;

    public sealed record Refused(string Reason) : RestoreOutcome;
}

/// <summary>
/// Restores a <see cref="DataBackup"/> archive with the app stopped: unpacks it beside the database and checks it there (every
/// entry's size and SHA-256, the rows per table and the schema version against the manifest, <c>PRAGMA integrity_check</c>),
/// runs the migrations on it, and only then puts it in place. The data folder must be empty unless forced, and then the
/// data found there is moved aside to a dated folder, never deleted.
/// </summary>
public sealed class DataRestore(DataLocation location, TimeProvider clock)
{
    // The database file and SQLite's write-ahead log and shared-memory files beside it.
    private static readonly string[] DatabaseFiles = ["", "-wal", "-shm"];

    public async Task<RestoreOutcome> RestoreAsync(string archivePath, bool force, CancellationToken cancellationToken = default)
    {
        var archive = Path.GetFullPath(archivePath);
        if (!File.Exists(archive))
        {
            return new RestoreOutcome.Refused($"There is no file {archive}.");
        }

        var existing = ExistingData();
        if (existing is not null && !force)
        {
            return new RestoreOutcome.Refused(
                $"The data folder is not empty ({existing}). Restore into an empty one, or pass --force to move the data there aside to a dated folder first.");
        }

        var createdFolder = !Directory.Exists(location.DatabaseFolder);
        var staging = Path.Combine(location.DatabaseFolder, $".restore-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var stagedDatabase = Path.Combine(staging, Path.GetFileName(location.DatabasePath));
            var stagedFiles = Path.Combine(staging, "files");
            var (manifest, refusal) = await UnpackAsync(archive, stagedDatabase, stagedFiles, cancellationToken);
            if (manifest is null)
            {
                return new RestoreOutcome.Refused(refusal!);
            }

            if (await CheckDatabaseAsync(stagedDatabase, manifest, cancellationToken) is { } wrong)
            {
                return new RestoreOutcome.Refused(wrong);
            }

            string schemaVersion;
            await using (var db = DataLocation.ContextOn(stagedDatabase))
            {
                await db.Database.MigrateAsync(cancellationToken);
                schemaVersion = await DatabaseFacts.SchemaVersionAsync(db, cancellationToken);
            }

            var aside = existing is null ? null : MoveAside();
            File.Move(stagedDatabase, location.DatabasePath);
            Directory.CreateDirectory(location.FilesFolder);
            foreach (var file in manifest.Files)
            {
                var name = file.Entry[BackupManifest.FilesFolder.Length..];
                File.Move(Path.Combine(stagedFiles, name), Path.Combine(location.FilesFolder, name));
            }

            return new RestoreOutcome.Restored(manifest, schemaVersion, aside);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
            if (createdFolder && !Directory.EnumerateFileSystemEntries(location.DatabaseFolder).Any())
            {
                Directory.Delete(location.DatabaseFolder);
            }
        }
    }

    /// <summary>What makes the data folder not empty, or null when it is.</summary>
    private string? ExistingData()
    {
        var database = DatabaseFiles.Select(suffix => new FileInfo(location.DatabasePath + suffix)).Where(f => f.Exists && f.Length > 0).ToList();
        var files = Directory.Exists(location.FilesFolder) ? Directory.EnumerateFileSystemEntries(location.FilesFolder).Count() : 0;
        var found = new List<string>();
        if (database.Count > 0)
        {
            found.Add($"the database {location.DatabasePath}");
        }

        if (files > 0)
        {
            found.Add(string.Create(CultureInfo.InvariantCulture, $"{files} entries in {location.FilesFolder}"));
        }

        return found.Count == 0 ? null : string.Join(" and ", found);
    }

    private string MoveAside()
    {
        var aside = Path.Combine(location.DatabaseFolder, string.Create(CultureInfo.InvariantCulture, $"before-restore-{clock.GetUtcNow().UtcDateTime:yyyyMMdd-HHmmss}"));
        Directory.CreateDirectory(aside);
        foreach (var suffix in DatabaseFiles)
        {
            if (File.Exists(location.DatabasePath + suffix))
            {
                File.Move(location.DatabasePath + suffix, Path.Combine(aside, Path.GetFileName(location.DatabasePath) + suffix));
            }
        }

        if (Directory.Exists(location.FilesFolder))
        {
            var files = Path.Combine(aside, "files");
            Directory.CreateDirectory(files);
            foreach (var file in Directory.EnumerateFiles(location.FilesFolder))
            {
                File.Move(file, Path.Combine(files, Path.GetFileName(file)));
            }

            foreach (var folder in Directory.EnumerateDirectories(location.FilesFolder))
            {
                Directory.Move(folder, Path.Combine(files, Path.GetFileName(folder)));
            }
        }

        return aside;
    }

    /// <summary>Unpacks the database and files, checking each against the manifest; the manifest, or why the archive is refused.</summary>
    private static async Task<(BackupManifest? Manifest, string? Refusal)> UnpackAsync(
        string archive, string stagedDatabase, string stagedFiles, CancellationToken cancellationToken)
    {
        try
        {
            await using var zip = await ZipFile.OpenReadAsync(archive, cancellationToken);
            if (zip.GetEntry(BackupManifest.EntryName) is not { } manifestEntry)
            {
                return (null, $"The archive has no {BackupManifest.EntryName}: it is not a Steering Dashboard backup, or it is incomplete.");
            }

            string json;
            await using (var stream = await manifestEntry.OpenAsync(cancellationToken))
            using (var reader = new StreamReader(stream, Encoding.UTF8))
            {
                json = await reader.ReadToEndAsync(cancellationToken);
            }

            if (BackupManifest.FromJson(json) is not { } manifest)
            {
                return (null, $"The archive's {BackupManifest.EntryName} cannot be read: the archive is damaged.");
            }

            if (manifest.Format != BackupManifest.CurrentFormat)
            {
                return (null, $"The archive is in backup format {manifest.Format}; this version of the app reads format {BackupManifest.CurrentFormat}.");
            }

            if (manifest.Database.Entry != BackupManifest.DatabaseEntry)
            {
                return (null, $"The manifest names the database {manifest.Database.Entry}, not {BackupManifest.DatabaseEntry}: the archive is damaged.");
            }

            Directory.CreateDirectory(stagedFiles);
            if (await ExtractAsync(zip, manifest.Database, stagedDatabase, cancellationToken) is { } wrongDatabase)
            {
                return (null, wrongDatabase);
            }

            foreach (var file in manifest.Files)
            {
                var name = file.Entry.StartsWith(BackupManifest.FilesFolder, StringComparison.Ordinal) ? file.Entry[BackupManifest.FilesFolder.Length..] : "";
                if (name.Length == 0 || name != Path.GetFileName(name) || name.StartsWith('.'))
                {
                    return (null, $"The manifest names a file {file.Entry} outside {BackupManifest.FilesFolder}: the archive is refused.");
                }

                if (await ExtractAsync(zip, file, Path.Combine(stagedFiles, name), cancellationToken) is { } wrongFile)
                {
                    return (null, wrongFile);
                }
            }

            return (manifest, null);
        }
        catch (InvalidDataException damaged)
        {
            return (null, $"The archive is damaged or incomplete (a truncated copy?): {damaged.Message}");
        }
    }

    private static async Task<string?> ExtractAsync(ZipArchive zip, BackupEntry expected, string path, CancellationToken cancellationToken)
    {
        if (zip.GetEntry(expected.Entry) is not { } entry)
        {
            return $"The manifest lists {expected.Entry} but the archive does not hold it: the archive is incomplete.";
        }

        BackupEntry found;
        await using (var source = await entry.OpenAsync(cancellationToken))
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            found = await BackupHashing.CopyAsync(expected.Entry, source, target, cancellationToken);
        }

        return found == expected
            ? null
            : $"{expected.Entry} does not match the manifest ({found.Bytes} bytes, SHA-256 {found.Sha256}; the manifest says {expected.Bytes} bytes, {expected.Sha256}): the archive is damaged.";
    }

    private static async Task<string?> CheckDatabaseAsync(string path, BackupManifest manifest, CancellationToken cancellationToken)
    {
        await using (var connection = new SqliteConnection(DataLocation.ConnectionStringOf(path, SqliteOpenMode.ReadWrite)))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            var integrity = (string?)await command.ExecuteScalarAsync(cancellationToken);
            if (integrity != "ok")
            {
                return $"The database in the archive fails SQLite's integrity check: {integrity}";
            }
        }

        await using var db = DataLocation.ContextOn(path);
        var tables = await DatabaseFacts.CountRowsAsync(db, cancellationToken);
        foreach (var table in tables.Keys.Union(manifest.Tables.Keys).Order(StringComparer.Ordinal))
        {
            var (found, listed) = (tables.GetValueOrDefault(table, -1), manifest.Tables.GetValueOrDefault(table, -1));
            if (found != listed)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"Table {table} holds {(found < 0 ? "nothing (it is missing)" : $"{found} rows")} but the manifest says {(listed < 0 ? "it does not exist" : $"{listed} rows")}.");
            }
        }

        var schemaVersion = await DatabaseFacts.SchemaVersionAsync(db, cancellationToken);
        return schemaVersion == manifest.SchemaVersion
            ? null
            : $"The database's schema version is {schemaVersion} but the manifest says {manifest.SchemaVersion}.";
    }
}
