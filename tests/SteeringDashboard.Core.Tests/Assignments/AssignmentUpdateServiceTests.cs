using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.Assignments;

public sealed class AssignmentUpdateServiceTests : IAsyncLifetime
{
    /// <summary>10:00 on 20/07/2018 in Ha Noi.</summary>
    private static readonly DateTimeOffset Now = new(2018, 7, 20, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2018, 7, 20);

    private readonly string _evidenceFolder = Path.Combine(Path.GetTempPath(), $"steering-evidence-{Guid.NewGuid():N}");
    private readonly ChangeNotifier _notifier = new(NullLogger<ChangeNotifier>.Instance);
    private readonly FixedClock _clock = new(Now);
    private readonly TestMeterFactory _meters = new();
    private TestDatabase _database = null!;
    private AssignmentUpdateService _service = null!;
    private Caller _agency = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await SmallPlanScenario.CreateAsync(_database);
        _service = new AssignmentUpdateService(
            _database,
            _notifier,
            new FileStore(new FileStoreOptions { Folder = _evidenceFolder, MaxBytes = 1024 }),
            _database.Guard(_clock),
            _clock,
            new SaveConflicts(_meters),
            NullLogger<AssignmentUpdateService>.Instance);
        _agency = await CallerAsync("Thường trực");
    }

    /// <summary>A standing-agency account (it may update every unit's assignments) shown as <paramref name="displayName"/>.</summary>
    private async Task<Caller> CallerAsync(string displayName)
    {
        var actor = await TestAccounts.CreateAsync(_database, SteeringRole.StandingAgency, displayName: displayName);
        return new Caller(actor.UserId);
    }

    public async ValueTask DisposeAsync()
    {
        _meters.Dispose();
        await _database.DisposeAsync();
        if (Directory.Exists(_evidenceFolder))
        {
            Directory.Delete(_evidenceFolder, recursive: true);
        }
    }

    /// <summary>Task 1 of agency A1: in progress at 40% since 01/06/2018.</summary>
    private async Task<AssignmentForEdit> AgencyTaskAsync()
    {
        await using var db = _database.CreateDbContext();
        var id = await db.Assignments.Where(a => a.Unit!.Code == "A1" && a.PlanTask!.Number == 1).Select(a => a.Id).SingleAsync(Token);
        return (await _service.LoadForEditAsync(id, Token))!;
    }

    private async Task<(int HistoryRows, AssignmentSnapshot Current)> StoredAsync(int assignmentId)
    {
        await using var db = _database.CreateDbContext();
        var history = await db.AssignmentHistory.CountAsync(h => h.AssignmentId == assignmentId, Token);
        return (history, (await _service.LoadForEditAsync(assignmentId, Token))!.Current);
    }

    private static AssignmentEdit Edit(AssignmentForEdit loaded, AssignmentState state, int progress, DateOnly? completedOn = null, string? note = null, string? url = null) =>
        new(loaded.Current.AssignmentId, loaded.Current.Version, state, progress, completedOn, note, url);

    public static TheoryData<AssignmentState, int, DateOnly?, string?, string?, EditError> BadEdits => new()
    {
        { AssignmentState.InProgress, 101, null, null, null, EditError.ProgressOutOfRange },
        { AssignmentState.InProgress, -1, null, null, null, EditError.ProgressOutOfRange },
        { AssignmentState.Completed, 100, null, null, null, EditError.CompletedNeedsCompletionDate },
        { AssignmentState.Completed, 90, new DateOnly(2018, 7, 1), null, null, EditError.CompletedNeedsFullProgress },
        { AssignmentState.InProgress, 50, new DateOnly(2018, 7, 1), null, null, EditError.CompletionDateOnlyWhenCompleted },
        { AssignmentState.Completed, 100, new DateOnly(2018, 7, 21), null, null, EditError.CompletionDateInFuture },
        { AssignmentState.Completed, 100, new DateOnly(2017, 12, 31), null, null, EditError.CompletionDateBeforeStart },
        { AssignmentState.NotStarted, 10, null, null, null, EditError.NotStartedNeedsZeroProgress },
        { AssignmentState.InProgress, 50, null, new string('x', AssignmentEditRules.NoteMaxLength + 1), null, EditError.NoteTooLong },
        { AssignmentState.InProgress, 50, null, null, "javascript:alert(1)", EditError.EvidenceUrlInvalid },
        { AssignmentState.InProgress, 50, null, null, "not a link", EditError.EvidenceUrlInvalid },
    };

    [Theory]
    [MemberData(nameof(BadEdits))]
    public async Task RejectsEachBadValueAndStoresNothing(AssignmentState state, int progress, DateOnly? completedOn, string? note, string? url, EditError expected)
    {
        var loaded = await AgencyTaskAsync();
        var before = await StoredAsync(loaded.Current.AssignmentId);

        var outcome = await _service.UpdateAsync(Edit(loaded, state, progress, completedOn, note, url), _agency, cancellationToken: Token);

        Assert.Contains(expected, Assert.IsType<EditOutcome.Invalid>(outcome).Errors);
        Assert.Equal(before, await StoredAsync(loaded.Current.AssignmentId));
    }

    [Fact]
    public async Task ACompletedEditOnTodaySavesTheStateAndOneHistoryRowWithOldAndNewValues()
    {
        var loaded = await AgencyTaskAsync();
        var (rowsBefore, _) = await StoredAsync(loaded.Current.AssignmentId);
        DataChange? published = null;
        using var subscription = _notifier.Subscribe(change => { published = change; return Task.CompletedTask; });

        var outcome = await _service.UpdateAsync(
            Edit(loaded, AssignmentState.Completed, 100, Today, "  Báo cáo đã gửi  ", "https://example.org/report.pdf"), await CallerAsync("Nguyễn Văn A"), cancellationToken: Token);

        var saved = Assert.IsType<EditOutcome.Saved>(outcome).Current;
        Assert.Equal((AssignmentState.Completed, 100, (DateOnly?)Today), (saved.State, saved.Progress, saved.CompletedOn));
        Assert.NotEqual(loaded.Current.Version, saved.Version);
        var history = await _service.HistoryAsync(loaded.Current.AssignmentId, Token);
        Assert.Equal(rowsBefore + 1, history.Count);
        var row = history[0];
        Assert.Equal(
            ("Nguyễn Văn A", AssignmentState.InProgress, AssignmentState.Completed, 40, 100, (DateOnly?)Today, "Báo cáo đã gửi", "https://example.org/report.pdf"),
            (row.ChangedBy, row.OldState, row.NewState, row.OldProgress!.Value, row.NewProgress, row.NewCompletedOn, row.Note, row.EvidenceUrl));
        Assert.Equal(Now.UtcDateTime, row.ChangedAtUtc);
        await WaitUntil(() => published is not null);
        Assert.Equal(ChangeKind.Assignment, published!.Kind);
    }

    [Fact]
    public async Task TheHistoryRowAndTheChangeCommitTogetherOrNotAtAll()
    {
        var loaded = await AgencyTaskAsync();
        var before = await StoredAsync(loaded.Current.AssignmentId);

        // The history insert fails after the assignment's UPDATE has run in the same transaction.
        await _database.FailInsertsAsync("AssignmentHistory", when: "NEW.Note = 'FAIL'");

        await Assert.ThrowsAsync<DbUpdateException>(() =>
            _service.UpdateAsync(Edit(loaded, AssignmentState.InProgress, 80, note: "FAIL"), _agency, cancellationToken: Token));

        Assert.Equal(before, await StoredAsync(loaded.Current.AssignmentId));
    }

    [Fact]
    public async Task TwoConcurrentEditsOfOneAssignmentGiveOneSuccessAndOneConflictThatShowsTheOtherChange()
    {
        var loaded = await AgencyTaskAsync();
        var an = await CallerAsync("An");
        var binh = await CallerAsync("Bình");

        var outcomes = await Task.WhenAll(
            Task.Run(() => _service.UpdateAsync(Edit(loaded, AssignmentState.InProgress, 60, note: "first"), an, cancellationToken: Token), Token),
            Task.Run(() => _service.UpdateAsync(Edit(loaded, AssignmentState.InProgress, 70, note: "second"), binh, cancellationToken: Token), Token));

        var saved = Assert.Single(outcomes.OfType<EditOutcome.Saved>());
        var conflict = Assert.Single(outcomes.OfType<EditOutcome.Conflict>());
        Assert.Equal(saved.Current, conflict.Current);
        var theirs = Assert.Single(conflict.ChangesSince);
        Assert.Equal(saved.Current.Progress, theirs.NewProgress);
        Assert.Equal(saved.Current.Progress == 60 ? "An" : "Bình", theirs.ChangedBy);
        Assert.Single(await _service.HistoryAsync(loaded.Current.AssignmentId, Token), h => h.Note is "first" or "second");
    }

    [Fact]
    public async Task ASaveFromAnOutdatedVersionIsCountedAsAnAssignmentConflictAndASuccessfulOneIsNot()
    {
        var loaded = await AgencyTaskAsync();

        var counted = await _meters.Measure("steering.saves.conflicts", async () =>
        {
            Assert.IsType<EditOutcome.Saved>(await _service.UpdateAsync(Edit(loaded, AssignmentState.InProgress, 60), _agency, cancellationToken: Token));
            Assert.IsType<EditOutcome.Conflict>(await _service.UpdateAsync(Edit(loaded, AssignmentState.InProgress, 70), _agency, cancellationToken: Token));
        });

        var conflict = Assert.Single(counted);
        Assert.Equal(1, conflict.Value);
        Assert.Equal("assignment", conflict.Tags["kind"]);
    }

    [Fact]
    public async Task ChangesSinceAVersionAreTheLaterSavesOldestFirstAndNoneWhileItIsCurrent()
    {
        var loaded = await AgencyTaskAsync();
        Assert.Empty(await _service.ChangesSinceAsync(loaded.Current.AssignmentId, loaded.Current.Version, Token));

        var first = Assert.IsType<EditOutcome.Saved>(
            await _service.UpdateAsync(Edit(loaded, AssignmentState.InProgress, 60, note: "first"), await CallerAsync("An"), cancellationToken: Token));
        Assert.IsType<EditOutcome.Saved>(await _service.UpdateAsync(
            new AssignmentEdit(loaded.Current.AssignmentId, first.Current.Version, AssignmentState.InProgress, 70, null, "second"), await CallerAsync("Bình"),
            cancellationToken: Token));

        Assert.Equal(
            [("An", "first"), ("Bình", "second")],
            (await _service.ChangesSinceAsync(loaded.Current.AssignmentId, loaded.Current.Version, Token)).Select(c => (c.ChangedBy, c.Note)));
        Assert.Equal("second", Assert.Single(await _service.ChangesSinceAsync(loaded.Current.AssignmentId, first.Current.Version, Token)).Note);
    }

    [Fact]
    public async Task ReapplyingOnTopOfTheCurrentVersionSucceeds()
    {
        var loaded = await AgencyTaskAsync();
        Assert.IsType<EditOutcome.Saved>(await _service.UpdateAsync(Edit(loaded, AssignmentState.InProgress, 60), _agency, cancellationToken: Token));
        var conflict = Assert.IsType<EditOutcome.Conflict>(
            await _service.UpdateAsync(Edit(loaded, AssignmentState.InProgress, 90, note: "mine"), _agency, cancellationToken: Token));

        var reapplied = await _service.UpdateAsync(
            new AssignmentEdit(loaded.Current.AssignmentId, conflict.Current.Version, AssignmentState.InProgress, 90, null, "mine"), _agency, cancellationToken: Token);

        Assert.Equal(90, Assert.IsType<EditOutcome.Saved>(reapplied).Current.Progress);
        Assert.Equal(60, Assert.Single(conflict.ChangesSince).NewProgress);
    }

    [Fact]
    public async Task EightParallelWritersDoingTwoHundredUpdatesEachLoseNothingAndNeverSeeALockedDatabase()
    {
        await using var db = _database.CreateDbContext();
        var task = await db.PlanTasks.SingleAsync(t => t.Number == 2, Token);
        var writers = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            var unit = db.Units.Add(new Unit { Code = $"W{i}", NameVi = $"W{i}", NameEn = $"W{i}", Kind = UnitKind.RuralDistrict }).Entity;
            var assignment = db.Assignments.Add(new Assignment { PlanTask = task, Unit = unit, DueDate = task.DueDate, Version = Guid.NewGuid() }).Entity;
            await db.SaveChangesAsync(Token);
            writers.Add(assignment.Id);
        }

        var historyBefore = await db.AssignmentHistory.CountAsync(Token);
        await Parallel.ForEachAsync(writers, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Token }, async (id, ct) =>
        {
            for (var update = 1; update <= 200; update++)
            {
                var current = (await _service.LoadForEditAsync(id, ct))!.Current;
                var outcome = await _service.UpdateAsync(
                    new AssignmentEdit(id, current.Version, AssignmentState.InProgress, update % 100, null, $"update {update}"), _agency, cancellationToken: ct);
                Assert.IsType<EditOutcome.Saved>(outcome);
            }
        });

        Assert.Equal(historyBefore + 1600, await db.AssignmentHistory.CountAsync(Token));
        Assert.All(writers, id => Assert.Equal(200, db.AssignmentHistory.Count(h => h.AssignmentId == id)));
    }

    [Fact]
    public async Task AnEvidenceFileIsKeptWithTheChange()
    {
        var loaded = await AgencyTaskAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

        var outcome = await _service.UpdateAsync(
            Edit(loaded, AssignmentState.InProgress, 50), _agency, new FileUpload("../../ảnh chụp.png", new MemoryStream(png)), Token);

        Assert.IsType<EditOutcome.Saved>(outcome);
        var file = Assert.Single((await _service.HistoryAsync(loaded.Current.AssignmentId, Token))[0].Files);
        Assert.Equal(("ảnh chụp.png", "image/png", 11L), (file.FileName, file.ContentType, file.SizeBytes));
        Assert.Single(Directory.GetFiles(_evidenceFolder));
    }

    [Fact]
    public async Task WhenTheStorageRefusesTheFileTheAnswerSaysSoAndNothingIsStored()
    {
        var loaded = await AgencyTaskAsync();
        var historyBefore = (await _service.HistoryAsync(loaded.Current.AssignmentId, Token)).Count;
        DataChange? published = null;
        using var subscription = _notifier.Subscribe(change => { published = change; return Task.CompletedTask; });
        // A file where the files folder should be: the store cannot create its folder, as on a broken mount.
        await File.WriteAllTextAsync(_evidenceFolder, "not a folder", Token);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

        try
        {
            var outcome = await _service.UpdateAsync(
                Edit(loaded, AssignmentState.InProgress, 50), _agency, new FileUpload("ảnh chụp.png", new MemoryStream(png)), Token);

            Assert.IsType<EditOutcome.StorageUnavailable>(outcome);
        }
        finally
        {
            File.Delete(_evidenceFolder);
        }

        Assert.Equal(historyBefore, (await _service.HistoryAsync(loaded.Current.AssignmentId, Token)).Count);
        Assert.Equal(loaded.Current, (await _service.LoadForEditAsync(loaded.Current.AssignmentId, Token))!.Current);
        Assert.Null(published);
    }

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, EditError.EvidenceFileTypeNotAllowed)]
    [InlineData(new byte[0], EditError.EvidenceFileEmpty)]
    public async Task AnEvidenceFileOfTheWrongKindIsRefusedAndNothingIsStored(byte[] content, EditError expected)
    {
        var loaded = await AgencyTaskAsync();
        var before = await StoredAsync(loaded.Current.AssignmentId);

        var outcome = await _service.UpdateAsync(
            Edit(loaded, AssignmentState.InProgress, 50), _agency, new FileUpload("setup.pdf", new MemoryStream(content)), Token);

        Assert.Equal([expected], Assert.IsType<EditOutcome.Invalid>(outcome).Errors);
        Assert.Equal(before, await StoredAsync(loaded.Current.AssignmentId));
        Assert.Empty(Directory.Exists(_evidenceFolder) ? Directory.GetFiles(_evidenceFolder) : []);
    }

    [Fact]
    public async Task AnEvidenceFileOverTheLimitIsRefused()
    {
        var loaded = await AgencyTaskAsync();
        var large = new byte[2048];
        "%PDF-"u8.CopyTo(large);

        var outcome = await _service.UpdateAsync(
            Edit(loaded, AssignmentState.InProgress, 50), _agency, new FileUpload("big.pdf", new MemoryStream(large)), Token);

        Assert.Equal([EditError.EvidenceFileTooLarge], Assert.IsType<EditOutcome.Invalid>(outcome).Errors);
    }

    [Fact]
    public async Task AnEvidenceFileIsDeletedWhenTheSaveIsRefusedAsAConflict()
    {
        var loaded = await AgencyTaskAsync();
        Assert.IsType<EditOutcome.Saved>(await _service.UpdateAsync(Edit(loaded, AssignmentState.InProgress, 60), _agency, cancellationToken: Token));

        var outcome = await _service.UpdateAsync(
            Edit(loaded, AssignmentState.InProgress, 70), _agency, new FileUpload("scan.pdf", new MemoryStream("%PDF-1.7"u8.ToArray())), Token);

        Assert.IsType<EditOutcome.Conflict>(outcome);
        Assert.Empty(Directory.GetFiles(_evidenceFolder));
    }

    [Fact]
    public async Task ARehearsedSaveKeepsNothingTellsNoScreenAndLeavesTheNextSaveFree()
    {
        var before = await EveryAssignmentAsync();
        var published = new ConcurrentQueue<DataChange>();
        using var subscription = _notifier.Subscribe(change => { published.Enqueue(change); return Task.CompletedTask; });

        await _service.RehearseSaveAsync(Token);

        Assert.Equal(before, await EveryAssignmentAsync());

        // The rolled-back transaction leaves the writers' lock free: a real save right after it goes through, and its
        // change is the only one the screens hear of.
        var loaded = await AgencyTaskAsync();
        Assert.IsType<EditOutcome.Saved>(await _service.UpdateAsync(Edit(loaded, AssignmentState.InProgress, 60), _agency, cancellationToken: Token));
        await WaitUntil(() => !published.IsEmpty);
        Assert.Equal("Thường trực", Assert.Single(published).ChangedBy);
    }

    [Fact]
    public async Task ARehearsedSaveGoesThroughTheHistoryInsert()
    {
        await _database.FailInsertsAsync("AssignmentHistory", when: $"NEW.ChangedBy = '{nameof(AssignmentUpdateService.RehearseSaveAsync)}'");

        await Assert.ThrowsAsync<DbUpdateException>(() => _service.RehearseSaveAsync(Token));
    }

    [Fact]
    public async Task ARehearsalOnADatabaseWithoutAssignmentsDoesNothing()
    {
        await using var empty = await TestDatabase.CreateAsync();
        var service = new AssignmentUpdateService(
            empty,
            _notifier,
            new FileStore(new FileStoreOptions { Folder = _evidenceFolder, MaxBytes = 1024 }),
            empty.Guard(_clock),
            _clock,
            new SaveConflicts(_meters),
            NullLogger<AssignmentUpdateService>.Instance);

        await service.RehearseSaveAsync(Token);

        await using var db = empty.CreateDbContext();
        Assert.False(await db.AssignmentHistory.AnyAsync(Token));
    }

    /// <summary>Every assignment's stored state and version, and how many history rows each has.</summary>
    private async Task<List<string>> EveryAssignmentAsync()
    {
        await using var db = _database.CreateDbContext();
        var rows = await db.Assignments.OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.State, a.Progress, a.CompletedOn, a.UpdatedAtUtc, a.Version, History = a.History.Count })
            .ToListAsync(Token);
        return rows.ConvertAll(row => row.ToString()!);
    }

    [Fact]
    public async Task UnknownAssignmentIsNotFound() =>
        Assert.IsType<EditOutcome.NotFound>(await _service.UpdateAsync(
            new AssignmentEdit(9999, Guid.NewGuid(), AssignmentState.InProgress, 10, null, null), _agency, cancellationToken: Token));

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(20, Token);
        }

        Assert.True(condition());
    }
}
