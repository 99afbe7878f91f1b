using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Backups;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Hosting;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Hosting;

/// <summary>
/// The backup and restore commands of the built app, as an operator runs them: a backup from another process while the app
/// saves assignments with evidence files through its own services, restored into a fresh folder and compared with the app's
/// data table by table and file by file.
/// </summary>
public sealed class BackupRoundTripTests : IAsyncDisposable
{
    private readonly EvidenceAppFactory _app = new();
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("steering-backup-");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _work.Delete(recursive: true);
    }

    [Fact]
    public async Task ABackupTakenWhileWritersSaveRestoresToAConsistentCopyAndOneTakenAtRestToAnIdenticalOne()
    {
        var updates = _app.Services.GetRequiredService<AssignmentUpdateService>();
        var agency = new Caller((await _app.CreateAccountAsync(SteeringRole.StandingAgency)).UserId);
        var assignmentIds = await AssignmentIdsAsync();
        using var stop = new CancellationTokenSource();
        var saves = 0;
        var writers = Enumerable.Range(0, 2).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var id = assignmentIds[(writer * 7 + i) % assignmentIds.Count];
                var loaded = (await updates.LoadForEditAsync(id, Cancellation))!;
                using var evidence = new MemoryStream(Encoding.ASCII.GetBytes($"%PDF-1.4\n% writer {writer}, save {i}\n"));
                var outcome = await updates.UpdateAsync(
                    new AssignmentEdit(id, loaded.Current.Version, AssignmentState.InProgress, 1 + i % 98, null, $"writer {writer}, save {i}"),
                    agency, new FileUpload($"evidence-{i}.pdf", evidence), Cancellation);
                if (outcome is EditOutcome.Saved)
                {
                    Interlocked.Increment(ref saves);
                }
            }
        }, Cancellation)).ToList();
        while (Volatile.Read(ref saves) < 5)
        {
            await Task.Delay(20, Cancellation);
        }

        var archive = Path.Combine(_work.FullName, "while-writing.zip");
        var savesBefore = Volatile.Read(ref saves);
        var backup = await RunAsync(_work.FullName, _app.DatabasePath, _app.FilesFolder, "backup", "--to", archive);
        var savesDuring = Volatile.Read(ref saves) - savesBefore;
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.Contains($"Backed up to {archive} at ", backup.Output, StringComparison.Ordinal);
        Assert.True(savesDuring > 0, "The writers saved nothing while the backup ran.");
        var restoredWhileWriting = Path.Combine(_work.FullName, "restored-while-writing");
        var restore = await RunAsync(_work.FullName, Path.Combine(restoredWhileWriting, "steering.db"), Path.Combine(restoredWhileWriting, "files"), "restore", "--from", archive);
        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Contains("checked against the manifest; integrity check ok.", restore.Output, StringComparison.Ordinal);
        await AssertConsistentPrefixAsync(Path.Combine(restoredWhileWriting, "steering.db"), Path.Combine(restoredWhileWriting, "files"));

        // At rest, the same code (the scheduled backup's) gives an identical copy.
        var atRest = Path.Combine(_work.FullName, "at-rest.zip");
        await _app.Services.GetRequiredService<DataBackup>().WriteAsync(atRest, "test", Cancellation);
        var restoredAtRest = new DataLocation(Path.Combine(_work.FullName, "restored-at-rest", "steering.db"), Path.Combine(_work.FullName, "restored-at-rest", "files"));
        Assert.IsType<RestoreOutcome.Restored>(await new DataRestore(restoredAtRest, TimeProvider.System).RestoreAsync(atRest, force: false, Cancellation));
        var source = await TablesAsync(_app.DatabasePath);
        var restored = await TablesAsync(restoredAtRest.DatabasePath);
        Assert.Equal(source.Keys, restored.Keys);
        foreach (var table in source.Keys)
        {
            Assert.True(source[table].SequenceEqual(restored[table]), $"Table {table} differs after the round trip.");
        }

        Assert.Equal(Files(_app.FilesFolder), Files(restoredAtRest.FilesFolder));
    }

    [Fact]
    public async Task OnPostgreSqlTheBackupCommandRefusesAndPointsToPgDump()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "PostgreSQL" }).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await BackupCommands.RunAsync(_app.Services, configuration, ["backup", "--to", Path.Combine(_work.FullName, "pg.zip")], output, error);

        Assert.Equal(1, exitCode);
        Assert.Contains("back it up with pg_dump and copy the files folder", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("docs/operations.md", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_work.FullName));
    }

    /// <summary>
    /// The copy is the app's data as one moment left it: rows only ever added are all in the app now, each restored assignment
    /// carries the version of its newest restored history row, and every file a restored row names is there with the app's bytes.
    /// </summary>
    private async Task AssertConsistentPrefixAsync(string database, string files)
    {
        var source = await TablesAsync(_app.DatabasePath);
        var restored = await TablesAsync(database);
        Assert.Equal(source.Keys, restored.Keys);
        foreach (var table in source.Keys.Except(["Assignments"]))
        {
            Assert.Empty(restored[table].Except(source[table]));
        }

        await using var db = DataLocation.ContextOn(database);
        var stale = await db.Assignments
            .Where(a => a.History.Any())
            .Where(a => a.Version != a.History.OrderByDescending(h => h.ChangedAtUtc).ThenByDescending(h => h.Id).Select(h => h.Version).First())
            .CountAsync(Cancellation);
        Assert.Equal(0, stale);
        var named = await db.AssignmentEvidence.Select(e => e.StoredName).ToListAsync(Cancellation);
        Assert.NotEmpty(named);
        Assert.Equal(named.Order(StringComparer.Ordinal), Files(files).Keys);
        foreach (var name in named)
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(_app.FilesFolder, name), Cancellation), await File.ReadAllBytesAsync(Path.Combine(files, name), Cancellation));
        }
    }

    private async Task<List<int>> AssignmentIdsAsync()
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.Assignments.OrderBy(a => a.Id).Select(a => a.Id).Take(20).ToListAsync(Cancellation);
    }

    /// <summary>Every table's rows, each written out as text, in order.</summary>
    private static async Task<SortedDictionary<string, List<string>>> TablesAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Cancellation);
        var names = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await command.ExecuteReaderAsync(Cancellation);
            while (await reader.ReadAsync(Cancellation))
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{name}\"";
            await using var reader = await command.ExecuteReaderAsync(Cancellation);
            var rows = new List<string>();
            while (await reader.ReadAsync(Cancellation))
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
                {
                    byte[] bytes => Convert.ToBase64String(bytes),
                    var value => Convert.ToString(value, CultureInfo.InvariantCulture),
                })));
            }

            rows.Sort(StringComparer.Ordinal);
            tables[name] = rows;
        }

        return tables;
    }

    private static SortedDictionary<string, string> Files(string folder) =>
        new(Directory.EnumerateFiles(folder).ToDictionary(path => Path.GetFileName(path), path => Convert.ToHexString(File.ReadAllBytes(path))), StringComparer.Ordinal);

    /// <summary>Runs the built app with a command, as in production, on the given database and files folder.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workFolder, string database, string files, params string[] args)
    {
        // The app's content root (its logs folder) is a folder of the test's own.
        var contentRoot = Directory.CreateDirectory(Path.Combine(workFolder, "app")).FullName;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = contentRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in args.Prepend(Path.Combine(AppContext.BaseDirectory, "SteeringDashboard.Web.dll")))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Steering"] = $"Data Source={database}";
        start.Environment["Evidence__Folder"] = files;
        start.Environment["Metrics__Url"] = "";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Cancellation);
        var error = process.StandardError.ReadToEndAsync(Cancellation);
        await process.WaitForExitAsync(Cancellation).WaitAsync(TimeSpan.FromSeconds(120), Cancellation);
        return (process.ExitCode, await output, await error);
    }
}
