using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Backups;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Backups;

/// <summary>
/// A backup of a small plan with one evidence file, restored into an empty folder, over existing data (forced or not), and
/// refused when the archive is truncated, altered or has no manifest.
/// The embedded store's own backup: a SQLite file whatever the run (PostgreSQL is backed up with pg_dump).
/// </summary>
[Trait("Database", "SqliteOnly")]
public sealed class DataRestoreTests : IAsyncLifetime
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% evidence of the work\n");

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("steering-restore-");
    private readonly FixedClock _clock = new(new DateTimeOffset(2018, 7, 20, 3, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private BackupManifest _manifest = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string Archive => Path.Combine(_work.FullName, "backup.zip");

    private DataLocation Target => new(Path.Combine(_work.FullName, "restored", "steering.db"), Path.Combine(_work.FullName, "restored", "files"));

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateSqliteAsync();
        await SmallPlanScenario.CreateAsync(_database);
        var files = Path.Combine(_work.FullName, "files");
        var service = new AssignmentUpdateService(
            _database,
            new ChangeNotifier(NullLogger<ChangeNotifier>.Instance),
            new FileStore(new FileStoreOptions { Folder = files }),
            _database.Guard(_clock),
            _clock,
            TestMeterFactory.UnobservedConflicts(),
            NullLogger<AssignmentUpdateService>.Instance);
        var agency = await TestAccounts.CreateAsync(_database, SteeringRole.StandingAgency);
        await using (var db = _database.CreateDbContext())
        {
            var id = await db.Assignments.Where(a => a.Unit!.Code == "A1").Select(a => a.Id).SingleAsync(Token);
            var loaded = (await service.LoadForEditAsync(id, Token))!;
            using var content = new MemoryStream(Pdf);
            Assert.IsType<EditOutcome.Saved>(await service.UpdateAsync(
                new AssignmentEdit(id, loaded.Current.Version, AssignmentState.InProgress, 60, null, "with evidence"),
                new Caller(agency.UserId),
                new FileUpload("report.pdf", content),
                Token));
        }

        _manifest = await new DataBackup(DataLocation.Of(_database.ConnectionString, files), _clock).WriteAsync(Archive, "test", Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _work.Delete(recursive: true);
    }

    [Fact]
    public async Task RestoresIntoAnEmptyFolderTheRowsAndFilesTheManifestLists()
    {
        var outcome = await Restore().RestoreAsync(Archive, force: false, Token);

        var restored = Assert.IsType<RestoreOutcome.Restored>(outcome);
        Assert.Null(restored.MovedAsideTo);
        Assert.Equal(_manifest.SchemaVersion, restored.SchemaVersion);
        var file = Assert.Single(_manifest.Files);
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(Path.Combine(Target.FilesFolder, file.Entry["files/".Length..]), Token));
        await using var db = DataLocation.ContextOn(Target.DatabasePath);
        Assert.Equal("with evidence", await db.AssignmentHistory.Where(h => h.Evidence.Any()).Select(h => h.Note).SingleAsync(Token));
        Assert.Equal(_manifest.Tables["AssignmentHistory"], await db.AssignmentHistory.LongCountAsync(Token));
        Assert.Equal(["ok"], await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync(Token));
    }

    [Fact]
    public async Task RefusesAFolderHoldingDataWithoutForceAndChangesNothing()
    {
        WriteExistingData();

        var outcome = await Restore().RestoreAsync(Archive, force: false, Token);

        Assert.Contains("The data folder is not empty", Assert.IsType<RestoreOutcome.Refused>(outcome).Reason, StringComparison.Ordinal);
        AssertExistingDataUntouched();
    }

    [Fact]
    public async Task ForcedItMovesTheDataThereAsideToADatedFolderAndRestores()
    {
        WriteExistingData();

        var outcome = await Restore().RestoreAsync(Archive, force: true, Token);

        var restored = Assert.IsType<RestoreOutcome.Restored>(outcome);
        var aside = Path.Combine(Target.DatabaseFolder, "before-restore-20180720-030000");
        Assert.Equal(aside, restored.MovedAsideTo);
        Assert.Equal("the old database", await File.ReadAllTextAsync(Path.Combine(aside, "steering.db"), Token));
        Assert.Equal("an old file", await File.ReadAllTextAsync(Path.Combine(aside, "files", "old.pdf"), Token));
        Assert.Equal([Path.GetFileName(Assert.Single(_manifest.Files).Entry)], Directory.EnumerateFiles(Target.FilesFolder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("truncated", "The archive is damaged or incomplete")]
    [InlineData("altered file", "does not match the manifest")]
    [InlineData("altered database", "does not match the manifest")]
    [InlineData("no manifest", "The archive has no manifest.json")]
    public async Task RefusesABadArchiveWithAClearMessageAndLeavesTheDataThereAsItWas(string damage, string message)
    {
        WriteExistingData();
        var damaged = Path.Combine(_work.FullName, "damaged.zip");
        File.Copy(Archive, damaged);
        Damage(damaged, damage);

        var outcome = await Restore().RestoreAsync(damaged, force: true, Token);

        Assert.Contains(message, Assert.IsType<RestoreOutcome.Refused>(outcome).Reason, StringComparison.Ordinal);
        AssertExistingDataUntouched();
        Assert.Equal(["steering.db", "files"], Directory.EnumerateFileSystemEntries(Target.DatabaseFolder).Select(Path.GetFileName).Order().Reverse());
    }

    [Fact]
    public async Task ARefusedArchiveLeavesNoFolderBehindWhereThereWasNone()
    {
        var damaged = Path.Combine(_work.FullName, "damaged.zip");
        File.Copy(Archive, damaged);
        Damage(damaged, "no manifest");

        Assert.IsType<RestoreOutcome.Refused>(await Restore().RestoreAsync(damaged, force: false, Token));

        Assert.False(Directory.Exists(Target.DatabaseFolder));
    }

    private DataRestore Restore() => new(Target, _clock);

    private void WriteExistingData()
    {
        Directory.CreateDirectory(Target.FilesFolder);
        File.WriteAllText(Target.DatabasePath, "the old database");
        File.WriteAllText(Path.Combine(Target.FilesFolder, "old.pdf"), "an old file");
    }

    private void AssertExistingDataUntouched()
    {
        Assert.Equal("the old database", File.ReadAllText(Target.DatabasePath));
        Assert.Equal(["old.pdf"], Directory.EnumerateFiles(Target.FilesFolder).Select(Path.GetFileName));
    }

    private void Damage(string archive, string damage)
    {
        if (damage == "truncated")
        {
            var bytes = File.ReadAllBytes(archive);
            File.WriteAllBytes(archive, bytes[..(bytes.Length / 2)]);
            return;
        }

        using var zip = ZipFile.Open(archive, ZipArchiveMode.Update);
        var name = damage switch
        {
            "altered file" => Assert.Single(_manifest.Files).Entry,
            "altered database" => BackupManifest.DatabaseEntry,
            _ => BackupManifest.EntryName,
        };
        var entry = zip.GetEntry(name)!;
        var content = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(content);
        }

        entry.Delete();
        if (damage != "no manifest")
        {
            // One byte changed near the end, where SQLite's pages hold data: the size is the same, the checksum is not.
            var bytes = content.ToArray();
            bytes[^10] ^= 0xFF;
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(bytes);
        }
    }
}
