using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Reports;

public sealed class ReportSubmissionServiceTests : IAsyncLifetime
{
    private ReportScenario _scenario = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private ReportSubmissionService Service => _scenario.Service;

    private Caller Agency => new(_scenario.Agency.UserId);

    public async ValueTask InitializeAsync() => _scenario = await ReportScenario.CreateAsync();

    public ValueTask DisposeAsync() => _scenario.DisposeAsync();

    [Fact]
    public async Task AFirstSubmissionStoresTheSummaryFiguresAndOneHistoryRow()
    {
        var outcome = await Service.SubmitAsync(
            Agency, _scenario.ReportTypeId, _scenario.U1, "  Đã tổ chức mít tinh.  ", [new ReportFigure(_scenario.IndicatorId, 12)], null, Token);

        var submitted = Assert.IsType<SubmitOutcome.Submitted>(outcome);
        Assert.Equal(UnitReportChange.Submitted, submitted.Change);
        var report = submitted.Report;
        Assert.Equal(
            (UnitReportState.Submitted, "Đã tổ chức mít tinh.", _scenario.Clock.GetUtcNow().UtcDateTime, _scenario.Agency.DisplayName, false),
            (report.State, report.Summary, report.SubmittedAtUtc, report.SubmittedBy, report.IsLate));
        Assert.Equal([new ReportFigure(_scenario.IndicatorId, 12)], report.Figures);
        AssertSame(report, await Service.FindAsync(_scenario.ReportTypeId, _scenario.U1, Token));
        var history = Assert.Single(await Service.HistoryAsync(report.UnitReportId, Token));
        Assert.Equal((UnitReportChange.Submitted, "Đã tổ chức mít tinh.", $"{_scenario.IndicatorId}=12", null), (history.Change, history.Summary, history.Figures, history.Reason));
    }

    [Fact]
    public async Task SubmittedAt2359InHanoiOnTheDueDateIsOnTimeAndAtMidnightIsLate()
    {
        _scenario.SetClock(ReportScenario.LastMinuteOnTime);
        var onTime = await _scenario.SubmitAsync(_scenario.U1);
        _scenario.SetClock(ReportScenario.MidnightAfterDue);
        var late = await _scenario.SubmitAsync(_scenario.U2);

        Assert.False(onTime.IsLate);
        Assert.True(late.IsLate);
    }

    [Fact]
    public async Task ACorrectionKeepsTheReceivedTimeReplacesTheFiguresAndAddsHistory()
    {
        var first = await _scenario.SubmitAsync(_scenario.U1, cases: 5);
        _scenario.SetClock(ReportScenario.MidnightAfterDue.AddDays(3));

        var outcome = await Service.SubmitAsync(Agency, _scenario.ReportTypeId, _scenario.U1, "Sửa số liệu.", [], first.Version, Token);

        var corrected = Assert.IsType<SubmitOutcome.Submitted>(outcome);
        Assert.Equal(UnitReportChange.Corrected, corrected.Change);
        Assert.Equal((first.SubmittedAtUtc, false, "Sửa số liệu."), (corrected.Report.SubmittedAtUtc, corrected.Report.IsLate, corrected.Report.Summary));
        Assert.Empty(corrected.Report.Figures);
        Assert.NotEqual(first.Version, corrected.Report.Version);
        var history = await Service.HistoryAsync(first.UnitReportId, Token);
        Assert.Equal(
            [(UnitReportChange.Submitted, "Đã tổ chức mít tinh.", $"{_scenario.IndicatorId}=5"), (UnitReportChange.Corrected, "Sửa số liệu.", "")],
            history.Select(h => (h.Change, h.Summary!, h.Figures!)).ToList());
    }

    [Fact]
    public async Task AReturnedReportIsResubmittedWithANewReceivedTime()
    {
        var first = await _scenario.SubmitAsync(_scenario.U1);
        _scenario.SetClock(ReportScenario.LastMinuteOnTime);
        var outcome = await Service.ReturnAsync(Agency, first.UnitReportId, "  Thiếu số liệu tháng 7.  ", first.Version, Token);
        var returned = Assert.IsType<ReturnOutcome.Returned>(outcome).Report;
        Assert.Equal((UnitReportState.Returned, "Thiếu số liệu tháng 7."), (returned.State, returned.ReturnReason));

        _scenario.SetClock(ReportScenario.MidnightAfterDue);
        var resubmitted = Assert.IsType<SubmitOutcome.Submitted>(await Service.SubmitAsync(
            Agency, _scenario.ReportTypeId, _scenario.U1, "Bổ sung.", [new ReportFigure(_scenario.IndicatorId, 4)], returned.Version, Token));

        Assert.Equal(UnitReportChange.Submitted, resubmitted.Change);
        Assert.Equal(
            (UnitReportState.Submitted, (string?)null, ReportScenario.MidnightAfterDue.UtcDateTime, true),
            (resubmitted.Report.State, resubmitted.Report.ReturnReason, resubmitted.Report.SubmittedAtUtc, resubmitted.Report.IsLate));
        Assert.Equal(
            [UnitReportChange.Submitted, UnitReportChange.Returned, UnitReportChange.Submitted],
            (await Service.HistoryAsync(first.UnitReportId, Token)).Select(h => h.Change).ToList());
    }

    [Fact]
    public async Task ASubmissionFromAnOutdatedVersionConflictsAndStoresNothing()
    {
        var first = await _scenario.SubmitAsync(_scenario.U1);
        var second = await _scenario.SubmitAsync(_scenario.U1, cases: 8);

        var stale = await Service.SubmitAsync(Agency, _scenario.ReportTypeId, _scenario.U1, "Cũ.", [], first.Version, Token);
        var blind = await Service.SubmitAsync(Agency, _scenario.ReportTypeId, _scenario.U1, "Không thấy bản trước.", [], null, Token);

        AssertSame(second, Assert.IsType<SubmitOutcome.Conflict>(stale).Current);
        AssertSame(second, Assert.IsType<SubmitOutcome.Conflict>(blind).Current);
        AssertSame(second, await Service.FindAsync(_scenario.ReportTypeId, _scenario.U1, Token));
        Assert.Equal(2, (await Service.HistoryAsync(first.UnitReportId, Token)).Count);
    }

    [Fact]
    public async Task ASubmissionExpectingAReportThatDoesNotExistConflicts()
    {
        var outcome = await Service.SubmitAsync(Agency, _scenario.ReportTypeId, _scenario.U1, "Báo cáo.", [], Guid.NewGuid(), Token);

        Assert.Null(Assert.IsType<SubmitOutcome.Conflict>(outcome).Current);
        Assert.Null(await Service.FindAsync(_scenario.ReportTypeId, _scenario.U1, Token));
    }

    [Fact]
    public async Task AReturnFromAnOutdatedVersionConflictsAndStoresNothing()
    {
        var first = await _scenario.SubmitAsync(_scenario.U1);
        var second = await _scenario.SubmitAsync(_scenario.U1, cases: 8);

        var outcome = await Service.ReturnAsync(Agency, first.UnitReportId, "Thiếu.", first.Version, Token);

        AssertSame(second, Assert.IsType<ReturnOutcome.Conflict>(outcome).Current);
        Assert.Equal(UnitReportState.Submitted, (await Service.FindAsync(_scenario.ReportTypeId, _scenario.U1, Token))!.State);
    }

    [Fact]
    public async Task AnInvalidSubmissionNamesEveryRuleItBreaksAndStoresNothing()
    {
        var figures = new[] { new ReportFigure(_scenario.IndicatorId, -1), new ReportFigure(_scenario.IndicatorId, 2), new ReportFigure(_scenario.IndicatorId + 100, 1) };

        var broken = await Service.SubmitAsync(Agency, _scenario.ReportTypeId, _scenario.U1, "   ", figures, null, Token);
        var tooLong = await Service.SubmitAsync(Agency, _scenario.ReportTypeId, _scenario.U1, new string('x', 4001), [], null, Token);
        var notOwed = await Service.SubmitAsync(Agency, _scenario.ReportTypeId, _scenario.S, "Báo cáo.", [], null, Token);

        Assert.Equal(
            [ReportError.SummaryRequired, ReportError.FigureNegative, ReportError.IndicatorNotInReport, ReportError.IndicatorRepeated],
            Assert.IsType<SubmitOutcome.Invalid>(broken).Errors);
        Assert.Equal([ReportError.SummaryTooLong], Assert.IsType<SubmitOutcome.Invalid>(tooLong).Errors);
        Assert.Equal([ReportError.UnitDoesNotOweReport], Assert.IsType<SubmitOutcome.Invalid>(notOwed).Errors);
        await using var db = _scenario.Database.CreateDbContext();
        Assert.Equal(0, await db.UnitReports.CountAsync(Token));
    }

    [Fact]
    public async Task ASummaryOf4000CharactersIsAccepted()
    {
        var outcome = await Service.SubmitAsync(Agency, _scenario.ReportTypeId, _scenario.U1, new string('x', 4000), [], null, Token);

        Assert.Equal(4000, Assert.IsType<SubmitOutcome.Submitted>(outcome).Report.Summary.Length);
    }

    [Fact]
    public async Task AReturnNeedsAReasonOfAtMost1000CharactersAndASubmittedReport()
    {
        var report = await _scenario.SubmitAsync(_scenario.U1);

        var empty = await Service.ReturnAsync(Agency, report.UnitReportId, " ", report.Version, Token);
        var tooLong = await Service.ReturnAsync(Agency, report.UnitReportId, new string('x', 1001), report.Version, Token);
        var returned = Assert.IsType<ReturnOutcome.Returned>(await Service.ReturnAsync(Agency, report.UnitReportId, new string('x', 1000), report.Version, Token));
        var again = await Service.ReturnAsync(Agency, report.UnitReportId, "Lần nữa.", returned.Report.Version, Token);

        Assert.Equal([ReportError.ReasonRequired], Assert.IsType<ReturnOutcome.Invalid>(empty).Errors);
        Assert.Equal([ReportError.ReasonTooLong], Assert.IsType<ReturnOutcome.Invalid>(tooLong).Errors);
        Assert.Equal([ReportError.AlreadyReturned], Assert.IsType<ReturnOutcome.Invalid>(again).Errors);
        Assert.Equal(2, (await Service.HistoryAsync(report.UnitReportId, Token)).Count);
    }

    [Fact]
    public async Task AnUnknownReportTypeUnitOrReportIsNotFound()
    {
        Assert.IsType<SubmitOutcome.NotFound>(await Service.SubmitAsync(Agency, _scenario.ReportTypeId + 100, _scenario.U1, "Báo cáo.", [], null, Token));
        Assert.IsType<SubmitOutcome.NotFound>(await Service.SubmitAsync(Agency, _scenario.ReportTypeId, 9999, "Báo cáo.", [], null, Token));
        Assert.IsType<ReturnOutcome.NotFound>(await Service.ReturnAsync(Agency, 9999, "Thiếu.", Guid.NewGuid(), Token));
    }

    [Fact]
    public async Task AReporterSubmitsForItsOwnUnitOnlyAndCannotReturn()
    {
        var reporter = await TestAccounts.CreateAsync(_scenario.Database, SteeringRole.UnitReporter, _scenario.U1);
        var caller = new Caller(reporter.UserId);

        var own = await Service.SubmitAsync(caller, _scenario.ReportTypeId, _scenario.U1, "Báo cáo.", [], null, Token);
        var other = await Service.SubmitAsync(caller, _scenario.ReportTypeId, _scenario.U2, "Báo cáo.", [], null, Token);
        var report = Assert.IsType<SubmitOutcome.Submitted>(own).Report;
        var returned = await Service.ReturnAsync(caller, report.UnitReportId, "Thiếu.", report.Version, Token);

        Assert.Equal(reporter.DisplayName, report.SubmittedBy);
        Assert.IsType<SubmitOutcome.Forbidden>(other);
        Assert.IsType<ReturnOutcome.Forbidden>(returned);
        Assert.Null(await Service.FindAsync(_scenario.ReportTypeId, _scenario.U2, Token));
        await using var db = _scenario.Database.CreateDbContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Event == AuditEvent.AccessDenied && e.UserId == reporter.UserId, Token));
    }

    [Fact]
    public async Task ASubmissionAndAReturnTellOpenScreens()
    {
        var changes = new List<DataChange>();
        var both = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = _scenario.Notifier.Subscribe(change =>
        {
            lock (changes)
            {
                changes.Add(change);
                if (changes.Count == 2)
                {
                    both.SetResult();
                }
            }

            return Task.CompletedTask;
        });

        await _scenario.SubmitAsync(_scenario.U2);
        await _scenario.ReturnAsync(_scenario.U2);

        await both.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);
        Assert.All(changes, c => Assert.Equal((ChangeKind.Report, _scenario.PlanId, _scenario.U2), (c.Kind, c.PlanId, Assert.Single(c.UnitIds))));
    }

    /// <summary>Snapshots are equal field by field, figures as sequences (a record compares lists by reference).</summary>
    private static void AssertSame(UnitReportSnapshot expected, UnitReportSnapshot? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Figures = [], Attachments = [] }, actual with { Figures = [], Attachments = [] });
        Assert.Equal(expected.Figures, actual.Figures);
        Assert.Equal(expected.Attachments, actual.Attachments);
    }
}
