using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Conferences;

public sealed class CommendationServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2018, 7, 10, 3, 0, 0, TimeSpan.Zero);
    private TestDatabase _database = null!;
    private CommendationService _service = null!;
    private CommendationQueries _queries = null!;
    private ChangeNotifier _notifier = null!;
    private int _conferenceId;
    private int _u1;
    private int _u2;
    private int _indicatorId;
    private int _completedAssignment;
    private int _openAssignment;
    private int _otherUnitsAssignment;
    private Caller _secretariat = null!;
    private Caller _reporter = null!;
    private Actor _secretariatActor = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _conferenceId = await ConferenceScenario.AddConferenceAsync(_database, await SmallPlanScenario.CreateAsync(_database));
        await using var db = _database.CreateDbContext();
        _u1 = await _database.UnitIdAsync("U1");
        _u2 = await _database.UnitIdAsync("U2");
        _indicatorId = await db.Indicators.Select(i => i.Id).SingleAsync(Token);
        _completedAssignment = await db.Assignments.Where(a => a.UnitId == _u1 && a.PlanTask!.Number == 1).Select(a => a.Id).SingleAsync(Token);
        _openAssignment = await db.Assignments.Where(a => a.UnitId == _u1 && a.PlanTask!.Number == 2).Select(a => a.Id).SingleAsync(Token);
        _otherUnitsAssignment = await db.Assignments.Where(a => a.UnitId == _u2 && a.PlanTask!.Number == 1).Select(a => a.Id).SingleAsync(Token);
        _secretariatActor = await TestAccounts.CreateAsync(_database, SteeringRole.Secretariat, displayName: "Thư ký");
        _secretariat = new Caller(_secretariatActor.UserId);
        _reporter = new Caller((await TestAccounts.CreateAsync(_database, SteeringRole.UnitReporter, _u1, displayName: "Báo cáo viên U1")).UserId);
        var clock = new FixedClock(Now);
        _notifier = new ChangeNotifier(NullLogger<ChangeNotifier>.Instance);
        _service = new CommendationService(_database, _notifier, _database.Guard(clock), clock);
        _queries = new CommendationQueries(_database);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task AReporterProposesForItsOwnUnitWithLinksAndOneHistoryRow()
    {
        var outcome = await _service.ProposeAsync(
            _reporter,
            Proposal(_u1, [new ResultRef(ResultKind.Assignment, _completedAssignment), new ResultRef(ResultKind.Indicator, _indicatorId)]),
            Token);

        var saved = Assert.IsType<CommendationOutcome.Saved>(outcome);
        Assert.Equal(CommendationState.Proposed, saved.State);
        var row = Assert.Single((await _queries.ListAsync(_conferenceId, Token))!.Rows);
        Assert.Equal(("Nguyễn Văn An", NomineeKind.Individual, _u1, "Báo cáo viên U1", null), (row.NomineeName, row.NomineeKind, row.UnitId, row.ProposedBy, row.ReadingOrder));
        Assert.Equal([(ResultKind.Assignment, _completedAssignment), (ResultKind.Indicator, _indicatorId)], row.Links.Select(l => (l.Kind, l.Id)).ToList());
        var step = Assert.Single(await _queries.HistoryAsync(saved.CommendationId, Token));
        Assert.Equal(((CommendationState?)null, CommendationState.Proposed, "Báo cáo viên U1"), (step.From, step.To, step.ChangedBy));
    }

    [Fact]
    public async Task AReporterCannotProposeForAnotherUnitAndTheRefusalIsAudited()
    {
        var outcome = await _service.ProposeAsync(_reporter, Proposal(_u2, []), Token);

        Assert.IsType<CommendationOutcome.Forbidden>(outcome);
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.Commendations.CountAsync(Token));
        var denial = await db.AuditEntries.SingleAsync(Token);
        Assert.Equal((AuditEvent.AccessDenied, _reporter.UserId), (denial.Event, denial.UserId));
    }

    [Fact]
    public async Task ABlankNomineeAndAchievementAreRefusedAndNothingIsStored()
    {
        var outcome = await _service.ProposeAsync(_reporter, Proposal(_u1, []) with { NomineeName = "  ", Achievement = null }, Token);

        var invalid = Assert.IsType<CommendationOutcome.Invalid>(outcome);
        Assert.Equal([CommendationError.NomineeRequired, CommendationError.AchievementRequired], invalid.Errors);
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.Commendations.CountAsync(Token));
    }

    [Fact]
    public async Task ALinkToAnAssignmentNotCompletedOrOfAnotherUnitIsRefused()
    {
        var open = await _service.ProposeAsync(_reporter, Proposal(_u1, [new ResultRef(ResultKind.Assignment, _openAssignment)]), Token);
        var other = await _service.ProposeAsync(_reporter, Proposal(_u1, [new ResultRef(ResultKind.Assignment, _otherUnitsAssignment)]), Token);
        var missingCampaign = await _service.ProposeAsync(_reporter, Proposal(_u1, [new ResultRef(ResultKind.Campaign, 999)]), Token);

        Assert.Equal([CommendationError.AssignmentNotCompleted], Assert.IsType<CommendationOutcome.Invalid>(open).Errors);
        Assert.Equal([CommendationError.LinkNotFound], Assert.IsType<CommendationOutcome.Invalid>(other).Errors);
        Assert.Equal([CommendationError.LinkNotFound], Assert.IsType<CommendationOutcome.Invalid>(missingCampaign).Errors);
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.Commendations.CountAsync(Token));
    }

    [Fact]
    public async Task TheAccountThatProposedANominationMayReviewItButNotApproveItAndAnotherAccountsApprovalIsRecorded()
    {
        var proposed = Assert.IsType<CommendationOutcome.Saved>(await _service.ProposeAsync(_secretariat, Proposal(_u1, []), Token));
        var review = Assert.IsType<CommendationOutcome.Saved>(await _service.StartReviewAsync(_secretariat, proposed.CommendationId, proposed.Version, Token));

        var own = await _service.ApproveAsync(_secretariat, review.CommendationId, review.Version, Token);

        Assert.Equal([CommendationError.ProposerMayNotApprove], Assert.IsType<CommendationOutcome.Invalid>(own).Errors);
        var unchanged = Assert.Single((await _queries.ListAsync(_conferenceId, Token))!.Rows);
        Assert.Equal((CommendationState.UnderReview, (string?)null, (int?)null), (unchanged.State, unchanged.ApprovedBy, unchanged.ReadingOrder));
        Assert.Equal(2, (await _queries.HistoryAsync(proposed.CommendationId, Token)).Count);

        var other = new Caller((await TestAccounts.CreateAsync(_database, SteeringRole.Secretariat, displayName: "Thư ký thứ hai")).UserId);
        Assert.IsType<CommendationOutcome.Saved>(await _service.ApproveAsync(other, review.CommendationId, review.Version, Token));
        var approved = Assert.Single((await _queries.ListAsync(_conferenceId, Token))!.Rows);
        Assert.Equal(("Thư ký", "Thư ký thứ hai", (DateTime?)Now.UtcDateTime), (approved.ProposedBy, approved.ApprovedBy, approved.ApprovedAtUtc));
    }

    [Fact]
    public async Task ReviewThenApprovalIsRecordedStepByStepAndPublished()
    {
        var proposed = await ProposeAsync();
        var changes = new List<DataChange>();
        using var subscription = _notifier.Subscribe(change =>
        {
            lock (changes)
            {
                changes.Add(change);
            }

            return Task.CompletedTask;
        });

        var review = Assert.IsType<CommendationOutcome.Saved>(await _service.StartReviewAsync(_secretariat, proposed.CommendationId, proposed.Version, Token));
        var approved = Assert.IsType<CommendationOutcome.Saved>(await _service.ApproveAsync(_secretariat, review.CommendationId, review.Version, Token));

        Assert.Equal(CommendationState.Approved, approved.State);
        var history = await _queries.HistoryAsync(proposed.CommendationId, Token);
        Assert.Equal(
            [(null, CommendationState.Proposed, "Báo cáo viên U1"), (CommendationState.Proposed, CommendationState.UnderReview, "Thư ký"), (CommendationState.UnderReview, CommendationState.Approved, "Thư ký")],
            history.Select(h => (h.From, h.To, h.ChangedBy)).ToList());
        Assert.Equal(1, (await _queries.ListAsync(_conferenceId, Token))!.Rows.Single().ReadingOrder);
        await WaitUntilAsync(() => changes.Count == 2);
        Assert.All(changes, c => Assert.Equal((ChangeKind.Commendation, _u1), (c.Kind, c.UnitIds.Single())));
    }

    [Theory]
    [InlineData(CommendationState.Proposed, CommendationState.Approved)]
    [InlineData(CommendationState.Proposed, CommendationState.Rejected)]
    [InlineData(CommendationState.UnderReview, CommendationState.UnderReview)]
    [InlineData(CommendationState.Approved, CommendationState.UnderReview)]
    [InlineData(CommendationState.Approved, CommendationState.Rejected)]
    [InlineData(CommendationState.Rejected, CommendationState.UnderReview)]
    [InlineData(CommendationState.Rejected, CommendationState.Approved)]
    public async Task AStepNotAllowedFromTheCurrentStateIsRefusedAndChangesNothing(CommendationState from, CommendationState to)
    {
        var current = await BringToAsync(from);

        var outcome = to switch
        {
            CommendationState.UnderReview => await _service.StartReviewAsync(_secretariat, current.CommendationId, current.Version, Token),
            CommendationState.Approved => await _service.ApproveAsync(_secretariat, current.CommendationId, current.Version, Token),
            _ => await _service.RejectAsync(_secretariat, current.CommendationId, "Không đủ tiêu chuẩn", current.Version, Token),
        };

        Assert.Equal([CommendationError.TransitionNotAllowed], Assert.IsType<CommendationOutcome.Invalid>(outcome).Errors);
        var row = (await _queries.ListAsync(_conferenceId, Token))!.Rows.Single();
        Assert.Equal((from, current.Version), (row.State, row.Version));
    }

    [Fact]
    public async Task ARejectionNeedsAReasonWhichIsKeptOnTheNominationAndInItsHistory()
    {
        var review = await BringToAsync(CommendationState.UnderReview);

        var blank = await _service.RejectAsync(_secretariat, review.CommendationId, "   ", review.Version, Token);
        var tooLong = await _service.RejectAsync(_secretariat, review.CommendationId, new string('x', Commendation.ReasonMaxLength + 1), review.Version, Token);
        var rejected = await _service.RejectAsync(_secretariat, review.CommendationId, "  Thành tích chưa đủ tiêu chuẩn.  ", review.Version, Token);

        Assert.Equal([CommendationError.ReasonRequired], Assert.IsType<CommendationOutcome.Invalid>(blank).Errors);
        Assert.Equal([CommendationError.ReasonTooLong], Assert.IsType<CommendationOutcome.Invalid>(tooLong).Errors);
        Assert.Equal(CommendationState.Rejected, Assert.IsType<CommendationOutcome.Saved>(rejected).State);
        var row = (await _queries.ListAsync(_conferenceId, Token))!.Rows.Single();
        Assert.Equal((CommendationState.Rejected, "Thành tích chưa đủ tiêu chuẩn.", null), (row.State, row.RejectionReason, row.ReadingOrder));
        var last = (await _queries.HistoryAsync(review.CommendationId, Token))[^1];
        Assert.Equal((CommendationState.UnderReview, CommendationState.Rejected, "Thành tích chưa đủ tiêu chuẩn."), (last.From, last.To, last.Reason));
    }

    [Fact]
    public async Task AStepFromAnOutdatedVersionIsAConflictAndChangesNothing()
    {
        var proposed = await ProposeAsync();
        var review = Assert.IsType<CommendationOutcome.Saved>(await _service.StartReviewAsync(_secretariat, proposed.CommendationId, proposed.Version, Token));

        var stale = await _service.ApproveAsync(_secretariat, proposed.CommendationId, proposed.Version, Token);

        Assert.Equal(CommendationState.UnderReview, Assert.IsType<CommendationOutcome.Conflict>(stale).Current);
        var row = (await _queries.ListAsync(_conferenceId, Token))!.Rows.Single();
        Assert.Equal((CommendationState.UnderReview, review.Version), (row.State, row.Version));
        Assert.Equal(2, (await _queries.HistoryAsync(proposed.CommendationId, Token)).Count);
    }

    [Fact]
    public async Task ApprovedNominationsAreReadInApprovalOrderAndMoveOnePlaceAtATime()
    {
        var first = await BringToAsync(CommendationState.Approved, "Thứ nhất");
        await BringToAsync(CommendationState.Approved, "Thứ hai");
        var third = await BringToAsync(CommendationState.Approved, "Thứ ba");
        Assert.Equal(["Thứ nhất", "Thứ hai", "Thứ ba"], await ReadingListAsync());

        var movedUp = Assert.IsType<CommendationOutcome.Saved>(await _service.MoveInReadingOrderAsync(_secretariat, third.CommendationId, -1, third.Version, Token));
        Assert.Equal(["Thứ nhất", "Thứ ba", "Thứ hai"], await ReadingListAsync());
        await _service.MoveInReadingOrderAsync(_secretariat, movedUp.CommendationId, -1, movedUp.Version, Token);
        Assert.Equal(["Thứ ba", "Thứ nhất", "Thứ hai"], await ReadingListAsync());

        var list = (await _queries.ListAsync(_conferenceId, Token))!.ReadingList;
        Assert.Equal([1, 2, 3], list.Select(r => r.ReadingOrder!.Value).ToList());
        var top = list[0];
        var outcome = await _service.MoveInReadingOrderAsync(_secretariat, top.Id, -1, top.Version, Token);
        Assert.Equal([CommendationError.CannotMoveFurther], Assert.IsType<CommendationOutcome.Invalid>(outcome).Errors);
        var stale = await _service.MoveInReadingOrderAsync(_secretariat, first.CommendationId, 1, first.Version, Token);
        Assert.IsType<CommendationOutcome.Conflict>(stale);
        Assert.Equal(["Thứ ba", "Thứ nhất", "Thứ hai"], await ReadingListAsync());
    }

    [Fact]
    public async Task OnlyApprovedNominationsMoveInTheReadingOrder()
    {
        var review = await BringToAsync(CommendationState.UnderReview);

        var outcome = await _service.MoveInReadingOrderAsync(_secretariat, review.CommendationId, 1, review.Version, Token);

        Assert.Equal([CommendationError.NotApproved], Assert.IsType<CommendationOutcome.Invalid>(outcome).Errors);
    }

    [Fact]
    public async Task AReporterMayNotReviewEvenItsOwnUnitsNomination()
    {
        var proposed = await ProposeAsync();

        var outcome = await _service.StartReviewAsync(_reporter, proposed.CommendationId, proposed.Version, Token);

        Assert.IsType<CommendationOutcome.Forbidden>(outcome);
        Assert.Equal(CommendationState.Proposed, (await _queries.ListAsync(_conferenceId, Token))!.Rows.Single().State);
    }

    [Fact]
    public async Task TheListTakesTheSameNumberOfQueriesWhateverTheNumberOfNominations()
    {
        await BringToAsync(CommendationState.Approved);
        _database.ResetCommandCount();
        await _queries.ListAsync(_conferenceId, Token);
        var few = _database.CommandCount;
        for (var i = 0; i < 4; i++)
        {
            await BringToAsync(CommendationState.Rejected, $"Ứng viên {i}");
        }

        _database.ResetCommandCount();
        var list = await _queries.ListAsync(_conferenceId, Token);

        Assert.Equal(5, list!.Rows.Count);
        Assert.Equal(3, few);
        Assert.Equal(few, _database.CommandCount);
    }

    [Fact]
    public async Task TheHistoriesOfSeveralNominationsAreReadInOneQuery()
    {
        var approved = await BringToAsync(CommendationState.Approved, "Thứ nhất");
        var proposed = await ProposeAsync("Thứ hai");
        _database.ResetCommandCount();

        var histories = await _queries.HistoriesAsync([approved.CommendationId, proposed.CommendationId, 999], Token);

        Assert.Equal(1, _database.CommandCount);
        Assert.Equal(3, histories[approved.CommendationId].Count);
        Assert.Equal(CommendationState.Proposed, Assert.Single(histories[proposed.CommendationId]).To);
        Assert.Empty(histories[999]);
    }

    private CommendationProposal Proposal(int unitId, IReadOnlyList<ResultRef> links, string nominee = "Nguyễn Văn An") => new(
        _conferenceId, nominee, NomineeKind.Individual, unitId, CommendationForm.SteeringCommitteeCertificateOfMerit, "Giải cứu nạn nhân.", links);

    private async Task<CommendationOutcome.Saved> ProposeAsync(string nominee = "Nguyễn Văn An") =>
        Assert.IsType<CommendationOutcome.Saved>(
            await _service.ProposeAsync(_reporter, Proposal(_u1, [new ResultRef(ResultKind.Assignment, _completedAssignment)], nominee), Token));

    private async Task<CommendationOutcome.Saved> BringToAsync(CommendationState state, string nominee = "Nguyễn Văn An")
    {
        var current = await ProposeAsync(nominee);
        if (state == CommendationState.Proposed)
        {
            return current;
        }

        current = Assert.IsType<CommendationOutcome.Saved>(await _service.StartReviewAsync(_secretariat, current.CommendationId, current.Version, Token));
        return state switch
        {
            CommendationState.Approved => Assert.IsType<CommendationOutcome.Saved>(await _service.ApproveAsync(_secretariat, current.CommendationId, current.Version, Token)),
            CommendationState.Rejected => Assert.IsType<CommendationOutcome.Saved>(
                await _service.RejectAsync(_secretariat, current.CommendationId, "Chưa đủ tiêu chuẩn.", current.Version, Token)),
            _ => current,
        };
    }

    private async Task<List<string>> ReadingListAsync() =>
        (await _queries.ListAsync(_conferenceId, Token))!.ReadingList.Select(r => r.NomineeName).ToList();

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(20, Token);
        }

        Assert.True(condition());
    }
}
