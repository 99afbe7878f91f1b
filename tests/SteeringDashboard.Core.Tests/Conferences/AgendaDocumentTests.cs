using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Conferences;

/// <summary>Documents attached to agenda items through <see cref="ConferenceService"/>, kept in an evidence folder of the test's own.</summary>
public sealed class AgendaDocumentTests : IAsyncLifetime
{
    private const long MaxBytes = 1024;
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x01];
    private static readonly byte[] Pdf = "%PDF-1.7 bài phát biểu"u8.ToArray();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"steering-agenda-{Guid.NewGuid():N}");
    private readonly ChangeNotifier _notifier = new(NullLogger<ChangeNotifier>.Instance);
    private TestDatabase _database = null!;
    private ConferenceService _service = null!;
    private ConferenceQueries _queries = null!;
    private Caller _secretariat = null!;
    private int _conferenceId;
    private int _itemId;
    private Guid _version;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var planId = await SmallPlanScenario.CreateAsync(_database);
        _conferenceId = await ConferenceScenario.AddConferenceAsync(_database, planId);
        _service = new ConferenceService(
            _database,
            _notifier,
            new AccessGuard(_database, new AuditLog(_database, TimeProvider.System, NullLogger<AuditLog>.Instance)),
            new FileStore(new FileStoreOptions { Folder = _folder, MaxBytes = MaxBytes }),
            TimeProvider.System);
        _queries = new ConferenceQueries(_database);
        _secretariat = new Caller((await TestAccounts.CreateAsync(_database, SteeringRole.Secretariat, displayName: "Thư ký")).UserId);
        (_itemId, _version) = await AddItemAsync("Báo cáo sơ kết", (await _queries.LoadAsync(_conferenceId, Token))!.Versions.Agenda);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task AttachedFilesAreStoredUnderGeneratedNamesListedWithTheirItemAndAnnounced()
    {
        var announced = new TaskCompletionSource<DataChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = _notifier.Subscribe(change =>
        {
            announced.TrySetResult(change);
            return Task.CompletedTask;
        });

        var outcome = await AttachAsync(_version, ("../../bài phát biểu.pdf", Pdf), ("ảnh hội trường.png", Png));

        var saved = Assert.IsType<ConferenceOutcome.Saved>(outcome);
        Assert.NotEqual(_version, saved.Version);
        var item = Assert.Single((await _queries.LoadAsync(_conferenceId, Token))!.Agenda);
        Assert.Equal(
            [("bài phát biểu.pdf", (long)Pdf.Length), ("ảnh hội trường.png", (long)Png.Length)],
            item.Documents.Select(d => (d.FileName, d.SizeBytes)).ToList());
        var files = StoredFiles();
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.Matches("^[0-9a-f]{32}\\.(png|pdf)$", Path.GetFileName(f)));
        await using var db = _database.CreateDbContext();
        var row = await db.AgendaDocuments.SingleAsync(d => d.ContentType == "application/pdf", Token);
        Assert.Equal("Thư ký", row.UploadedBy);
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(Path.Combine(_folder, row.StoredName), Token));
        var change = await announced.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);
        Assert.Equal((ChangeKind.Conference, "Thư ký"), (change.Kind, change.ChangedBy));
    }

    [Fact]
    public async Task ACommitteeMemberIsRefusedTheUploadIsNotReadNothingIsStoredAndTheRefusalIsAudited()
    {
        var member = await TestAccounts.CreateAsync(_database, SteeringRole.CommitteeMember);
        var upload = new TrackingStream(Pdf);

        var outcome = await _service.AttachAgendaDocumentsAsync(
            new Caller(member.UserId), _conferenceId, _version, _itemId, [new FileUpload("a.pdf", upload)], Token);

        Assert.IsType<ConferenceOutcome.Forbidden>(outcome);
        Assert.False(upload.WasRead);
        await AssertNoDocumentAsync();
        await using var db = _database.CreateDbContext();
        var denial = await db.AuditEntries.SingleAsync(Token);
        Assert.Equal((AuditEvent.AccessDenied, member.UserId, $"conference {_conferenceId} agenda item {_itemId} documents"), (denial.Event, denial.UserId, denial.Target));
    }

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, ConferenceError.DocumentTypeNotAllowed)]
    [InlineData(new byte[0], ConferenceError.DocumentEmpty)]
    public async Task AFileOfTheWrongKindIsRefusedByNameAndNoFileOfTheBatchIsKept(byte[] content, ConferenceError expected)
    {
        var outcome = await AttachAsync(_version, ("đúng.pdf", Pdf), ("setup.pdf", content));

        var invalid = Assert.IsType<ConferenceOutcome.Invalid>(outcome);
        Assert.Equal([expected], invalid.Errors);
        Assert.Equal([new DocumentRefusal("setup.pdf", expected)], invalid.Files);
        await AssertNoDocumentAsync();
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsRefusedAndNothingIsStored()
    {
        var large = new byte[MaxBytes + 1];
        Pdf.CopyTo(large, 0);

        var outcome = await AttachAsync(_version, ("lớn.pdf", large));

        Assert.Equal([new DocumentRefusal("lớn.pdf", ConferenceError.DocumentTooLarge)], Assert.IsType<ConferenceOutcome.Invalid>(outcome).Files);
        await AssertNoDocumentAsync();
    }

    [Fact]
    public async Task AnItemCarriesAtMostTenDocuments()
    {
        var nine = Assert.IsType<ConferenceOutcome.Saved>(await AttachAsync(_version, [.. Enumerable.Range(1, 9).Select(i => ($"{i}.pdf", Pdf))])).Version;

        var two = await AttachAsync(nine, ("10.pdf", Pdf), ("11.pdf", Pdf));
        var one = await AttachAsync(nine, ("10.pdf", Pdf));

        Assert.Equal([ConferenceError.TooManyDocuments], Assert.IsType<ConferenceOutcome.Invalid>(two).Errors);
        Assert.IsType<ConferenceOutcome.Saved>(one);
        Assert.Equal(10, Assert.Single((await _queries.LoadAsync(_conferenceId, Token))!.Agenda).Documents.Count);
        Assert.Equal(10, StoredFiles().Count);
    }

    [Fact]
    public async Task TheWorkspaceLoadsInAFixedNumberOfQueriesWhateverItsItemsAndDocuments()
    {
        _database.ResetCommandCount();
        await _queries.LoadAsync(_conferenceId, Token);
        var withOneBareItem = _database.CommandCount;
        var version = Assert.IsType<ConferenceOutcome.Saved>(await AttachAsync(_version, ("1.pdf", Pdf), ("2.png", Png))).Version;
        (_, version) = await AddItemAsync("Thảo luận", version);
        Assert.IsType<ConferenceOutcome.Saved>(await AttachAsync(version, ("3.pdf", Pdf)));

        _database.ResetCommandCount();
        var detail = (await _queries.LoadAsync(_conferenceId, Token))!;

        Assert.Equal(7, withOneBareItem);
        Assert.Equal(withOneBareItem, _database.CommandCount);
        Assert.Equal([3, 0], detail.Agenda.Select(i => i.Documents.Count));
    }

    [Fact]
    public async Task AnAttachmentFromAnOlderVersionIsAConflictThatReadsAndKeepsNothing()
    {
        await AddItemAsync("Kết luận", _version);
        var upload = new TrackingStream(Pdf);

        var outcome = await _service.AttachAgendaDocumentsAsync(_secretariat, _conferenceId, _version, _itemId, [new FileUpload("muộn.pdf", upload)], Token);

        Assert.IsType<ConferenceOutcome.Conflict>(outcome);
        Assert.False(upload.WasRead);
        await AssertNoDocumentAsync();
    }

    [Fact]
    public async Task AFailedSaveDeletesTheStoredFile()
    {
        await _database.FailInsertsAsync("AgendaDocuments");

        await Assert.ThrowsAsync<DbUpdateException>(() => AttachAsync(_version, ("a.pdf", Pdf)));

        await AssertNoDocumentAsync();
    }

    [Fact]
    public async Task RemovingADocumentDeletesItsRowAndItsFileAndKeepsTheOthers()
    {
        var version = Assert.IsType<ConferenceOutcome.Saved>(await AttachAsync(_version, ("a.pdf", Pdf), ("b.png", Png))).Version;
        var documents = Assert.Single((await _queries.LoadAsync(_conferenceId, Token))!.Agenda).Documents;

        var removed = await _service.RemoveAgendaDocumentAsync(_secretariat, _conferenceId, version, documents[0].Id, Token);
        var again = await _service.RemoveAgendaDocumentAsync(_secretariat, _conferenceId, Assert.IsType<ConferenceOutcome.Saved>(removed).Version, documents[0].Id, Token);

        Assert.IsType<ConferenceOutcome.NotFound>(again);
        Assert.Equal(["b.png"], Assert.Single((await _queries.LoadAsync(_conferenceId, Token))!.Agenda).Documents.Select(d => d.FileName));
        Assert.EndsWith(".png", Assert.Single(StoredFiles()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStaleRemovalOfADocumentIsAConflictAndKeepsItsFile()
    {
        var version = Assert.IsType<ConferenceOutcome.Saved>(await AttachAsync(_version, ("a.pdf", Pdf))).Version;
        var document = Assert.Single(Assert.Single((await _queries.LoadAsync(_conferenceId, Token))!.Agenda).Documents);

        var outcome = await _service.RemoveAgendaDocumentAsync(_secretariat, _conferenceId, _version, document.Id, Token);

        Assert.IsType<ConferenceOutcome.Conflict>(outcome);
        Assert.Equal(version, (await _queries.LoadAsync(_conferenceId, Token))!.Versions.Agenda);
        Assert.Single(StoredFiles());
    }

    [Fact]
    public async Task RemovingAnItemRemovesItsDocumentsAndTheirFilesButNotAnotherItemsDocuments()
    {
        var (otherId, version) = await AddItemAsync("Kết luận", _version);
        version = Assert.IsType<ConferenceOutcome.Saved>(await AttachAsync(version, ("a.pdf", Pdf), ("b.png", Png))).Version;
        version = Assert.IsType<ConferenceOutcome.Saved>(
            await _service.AttachAgendaDocumentsAsync(_secretariat, _conferenceId, version, otherId, [Upload("kết luận.pdf", Pdf)], Token)).Version;

        Assert.IsType<ConferenceOutcome.Saved>(await _service.RemoveAgendaItemAsync(_secretariat, _conferenceId, version, _itemId, Token));

        var remaining = Assert.Single((await _queries.LoadAsync(_conferenceId, Token))!.Agenda);
        Assert.Equal(["kết luận.pdf"], remaining.Documents.Select(d => d.FileName));
        await using var db = _database.CreateDbContext();
        var stored = await db.AgendaDocuments.SingleAsync(Token);
        Assert.Equal([Path.Combine(_folder, stored.StoredName)], StoredFiles());
    }

    private Task<ConferenceOutcome> AttachAsync(Guid version, params (string Name, byte[] Content)[] files) =>
        _service.AttachAgendaDocumentsAsync(_secretariat, _conferenceId, version, _itemId, [.. files.Select(f => Upload(f.Name, f.Content))], Token);

    private async Task<(int ItemId, Guid Version)> AddItemAsync(string title, Guid version)
    {
        var saved = Assert.IsType<ConferenceOutcome.Saved>(
            await _service.SaveAgendaItemAsync(_secretariat, _conferenceId, version, null, new AgendaDraft(title, null, "Trưởng Ban", 20), Token));
        await using var db = _database.CreateDbContext();
        return (await db.AgendaItems.Where(i => i.Title == title).Select(i => i.Id).SingleAsync(Token), saved.Version);
    }

    private static FileUpload Upload(string name, byte[] content) => new(name, new MemoryStream(content));

    private List<string> StoredFiles() => Directory.Exists(_folder) ? [.. Directory.GetFiles(_folder).Order()] : [];

    private async Task AssertNoDocumentAsync()
    {
        Assert.Empty(StoredFiles());
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.AgendaDocuments.CountAsync(Token));
    }
}
