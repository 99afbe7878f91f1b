using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Assignments;

public sealed class BulkUpdateTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2018, 7, 20);
    private TestDatabase _database = null!;
    private AssignmentUpdateService _service = null!;
    private int _taskId;
    private List<BulkTarget> _targets = null!;
    private Actor _agency = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await SmallPlanScenario.CreateAsync(_database);
        var clock = new FixedClock(new DateTimeOffset(2018, 7, 20, 3, 0, 0, TimeSpan.Zero));
        _service = new AssignmentUpdateService(
            _database,
            new ChangeNotifier(NullLogger<ChangeNotifier>.Instance),
            new FileStore(new FileStoreOptions()),
            new AccessGuard(_database, new AuditLog(_database, clock, NullLogger<AuditLog>.Instance)),
            clock,
            TestMeterFactory.UnobservedConflicts(),
            NullLogger<AssignmentUpdateService>.Instance);
        _agency = await TestAccounts.CreateAsync(_database, SteeringRole.StandingAgency);
        await using var db = _database.CreateDbContext();
        _taskId = await db.PlanTasks.Where(t => t.Number == 2).Select(t => t.Id).SingleAsync(Token);
        _targets = await db.Assignments.Where(a => a.PlanTaskId == _taskId).OrderBy(a => a.Id)
            .Select(a => new BulkTarget(a.Id, a.Version)).ToListAsync(Token);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private BulkEdit Completed(DateOnly? on) => new(_taskId, _targets, AssignmentState.Completed, 100, on, "Các quận đã báo cáo");

    private async Task<int> HistoryRowsAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.AssignmentHistory.CountAsync(h => h.Assignment!.PlanTaskId == _taskId, Token);
    }

    [Fact]
    public async Task PreviewShowsEachUnitsCurrentStateAndTheRuleItWouldBreak()
    {
        var rows = await _service.PreviewBulkAsync(Completed(on: null), Token);

        Assert.Equal(["U1", "U2"], rows.Select(r => r.Unit.Code));
        Assert.Equal([0, 80], rows.Select(r => r.Current.Progress));
        Assert.All(rows, r => Assert.Equal([EditError.CompletedNeedsCompletionDate], r.Errors));
    }

    [Fact]
    public async Task ApplyStoresEveryUnitsChangeWithAHistoryRowInOneGo()
    {
        var before = await HistoryRowsAsync();

        var outcome = await _service.ApplyBulkAsync(Completed(Today), new Caller(_agency.UserId), Token);

        Assert.Equal(2, Assert.IsType<BulkOutcome.Applied>(outcome).Count);
        Assert.Equal(before + 2, await HistoryRowsAsync());
        await using var db = _database.CreateDbContext();
        Assert.All(await db.AssignmentHistory.OrderByDescending(h => h.Id).Take(2).ToListAsync(Token), h => Assert.Equal(_agency.DisplayName, h.ChangedBy));
        Assert.All(await db.Assignments.Where(a => a.PlanTaskId == _taskId).ToListAsync(Token),
            a => Assert.Equal((AssignmentState.Completed, (DateOnly?)Today), (a.State, a.CompletedOn)));
    }

    [Fact]
    public async Task AnInvalidBulkEditAppliesNothing()
    {
        var before = await HistoryRowsAsync();

        var outcome = await _service.ApplyBulkAsync(Completed(on: null), new Caller(_agency.UserId), Token);

        Assert.Equal(2, Assert.IsType<BulkOutcome.Invalid>(outcome).Rows.Count);
        Assert.Equal(before, await HistoryRowsAsync());
    }

    [Fact]
    public async Task AChangeAfterThePreviewAppliesNothingAndNamesTheChangedAssignment()
    {
        var changed = _targets[1];
        Assert.IsType<EditOutcome.Saved>(await _service.UpdateAsync(
            new AssignmentEdit(changed.AssignmentId, changed.ExpectedVersion, AssignmentState.InProgress, 90, null, null), new Caller(_agency.UserId), cancellationToken: Token));
        var before = await HistoryRowsAsync();

        var outcome = await _service.ApplyBulkAsync(Completed(Today), new Caller(_agency.UserId), Token);

        Assert.Equal([changed.AssignmentId], Assert.IsType<BulkOutcome.Conflict>(outcome).AssignmentIds);
        Assert.Equal(before, await HistoryRowsAsync());
    }

    [Fact]
    public async Task PreviewWarnsOfEveryRecordedCompletionItRewritesAndEveryProgressItLowers()
    {
        Assert.IsType<BulkOutcome.Applied>(await _service.ApplyBulkAsync(Completed(Today), new Caller(_agency.UserId), Token));
        var targets = await CurrentTargetsAsync();

        var reopened = await _service.PreviewBulkAsync(new BulkEdit(_taskId, targets, AssignmentState.InProgress, 60, null, null), Token);
        var redated = await _service.PreviewBulkAsync(Completed(new DateOnly(2018, 7, 19)) with { Targets = targets }, Token);
        var unchanged = await _service.PreviewBulkAsync(Completed(Today) with { Targets = targets }, Token);

        Assert.All(reopened, r => Assert.Equal(
            [new BulkWarning.RewritesCompletion(Today, null), new BulkWarning.LowersProgress(100, 60)], r.Warnings));
        Assert.All(redated, r => Assert.Equal([new BulkWarning.RewritesCompletion(Today, new DateOnly(2018, 7, 19))], r.Warnings));
        Assert.All(unchanged, r => Assert.Empty(r.Warnings));
    }

    [Fact]
    public async Task AnEditThatLowersProgressIsAppliedOnlyOnceTheUserConfirmedIt()
    {
        var lowering = new BulkEdit(_taskId, _targets, AssignmentState.InProgress, 50, null, "Số liệu đã được rà soát lại");
        var before = await HistoryRowsAsync();

        var unconfirmed = await _service.ApplyBulkAsync(lowering, new Caller(_agency.UserId), Token);

        var rows = Assert.IsType<BulkOutcome.Unconfirmed>(unconfirmed).Rows;
        Assert.Equal([[], [new BulkWarning.LowersProgress(80, 50)]], rows.Select(r => r.Warnings));
        Assert.Equal(before, await HistoryRowsAsync());

        var confirmed = await _service.ApplyBulkAsync(lowering with { WarningsConfirmed = true }, new Caller(_agency.UserId), Token);

        Assert.Equal(2, Assert.IsType<BulkOutcome.Applied>(confirmed).Count);
        Assert.Equal(before + 2, await HistoryRowsAsync());
    }

    private async Task<List<BulkTarget>> CurrentTargetsAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.Assignments.Where(a => a.PlanTaskId == _taskId).OrderBy(a => a.Id)
            .Select(a => new BulkTarget(a.Id, a.Version)).ToListAsync(Token);
    }
}
