using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Reports;

public sealed class ReportQueriesTests : IAsyncLifetime
{
    private ReportScenario _scenario = null!;
    private ReportQueries _queries = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _scenario = await ReportScenario.CreateAsync();
        _queries = new ReportQueries(_scenario.Database, _scenario.Service, Options.Create(new PrivacyOptions()));
    }

    public ValueTask DisposeAsync() => _scenario.DisposeAsync();

    [Fact]
    public async Task AUnitSeesEachReportItOwesWithItsStatusNow()
    {
        var late = await _scenario.AddReportTypeAsync("LATE", new DateOnly(2018, 6, 1), new DateOnly(2018, 7, 5), _scenario.U1);
        var returned = await _scenario.AddReportTypeAsync("RET", new DateOnly(2018, 6, 1), new DateOnly(2018, 7, 25), _scenario.U1);
        await _scenario.AddReportTypeAsync("NOT-OWED", new DateOnly(2018, 6, 1), new DateOnly(2018, 7, 25), _scenario.U2);
        await _scenario.SubmitAsync(_scenario.U1);
        await _scenario.SubmitAsync(_scenario.U1, reportTypeId: late);
        await _scenario.SubmitAsync(_scenario.U1, reportTypeId: returned);
        await _scenario.ReturnAsync(_scenario.U1, returned);
        var pending = await _scenario.AddReportTypeAsync("PENDING", new DateOnly(2018, 7, 1), new DateOnly(2018, 7, 30), _scenario.U1, _scenario.U2);
        _scenario.Database.ResetCommandCount();

        var list = await _queries.ListAsync(_scenario.PlanId, _scenario.U1, Token);

        Assert.Equal(4, _scenario.Database.CommandCount);
        Assert.Equal("U1", list.Unit?.Code);
        Assert.Equal(["LATE", "DAY", "RET", "NOT-OWED", "PENDING"], list.Types.Select(t => t.Code).ToList());
        Assert.Equal(
            [
                ("LATE", UnitReportStatus.SubmittedLate, (string?)null),
                ("DAY", UnitReportStatus.SubmittedOnTime, null),
                ("RET", UnitReportStatus.Returned, "Thiếu số liệu."),
                ("PENDING", UnitReportStatus.NotSubmitted, null),
            ],
            list.OwnReports.Select(r => (r.Type.Code, r.Status, r.ReturnReason)).ToList());
        Assert.Equal(["U1", "U2"], list.OwedByType[pending].Select(u => u.Code).ToList());
        Assert.Equal(3, list.Types.Single(t => t.Code == "DAY").OwedBy);
    }

    [Fact]
    public async Task WithoutAUnitTheListHasTheTypesAndWhoOwesThemOnly()
    {
        var list = await _queries.ListAsync(_scenario.PlanId, null, Token);

        var type = Assert.Single(list.Types);
        Assert.Equal((_scenario.ReportTypeId, ReportScenario.DueDate), (type.Id, type.DueDate));
        Assert.Equal(new[] { _scenario.U1, _scenario.U2, _scenario.A1 }.Order(), list.OwedByType[type.Id].Select(u => u.Id).Order());
        Assert.Empty(list.OwnReports);
        Assert.Null(list.Unit);
    }

    [Fact]
    public async Task TheDetailHasTheTypeTheUnitTheIndicatorsTheReportAndItsHistory()
    {
        await _scenario.SubmitAsync(_scenario.U1, cases: 4);
        await _scenario.ReturnAsync(_scenario.U1);

        var detail = await _queries.LoadAsync(_scenario.ReportTypeId, _scenario.U1, Token);

        Assert.NotNull(detail);
        Assert.Equal(("DAY", "U1", true), (detail.Type.Code, detail.Unit.Code, detail.IsOwed));
        Assert.Equal([_scenario.IndicatorId], detail.Indicators.Select(i => i.Id).ToList());
        Assert.Equal((UnitReportState.Returned, "Thiếu số liệu."), (detail.Report!.State, detail.Report.ReturnReason));
        Assert.Equal([UnitReportChange.Submitted, UnitReportChange.Returned], detail.History.Select(h => h.Change).ToList());
    }

    [Fact]
    public async Task TheDetailSaysWhenTheUnitDoesNotOweTheReportAndIsNullForAnUnknownOne()
    {
        var notOwed = await _queries.LoadAsync(_scenario.ReportTypeId, _scenario.S, Token);

        Assert.False(notOwed!.IsOwed);
        Assert.Null(notOwed.Report);
        Assert.Empty(notOwed.History);
        Assert.Null(await _queries.LoadAsync(_scenario.ReportTypeId + 100, _scenario.U1, Token));
        Assert.Null(await _queries.LoadAsync(_scenario.ReportTypeId, 9999, Token));
    }

    [Fact]
    public void FiguresRoundTripThroughTheHistoryText()
    {
        var figures = new[] { new ReportFigure(12, 0), new ReportFigure(3, 1234) };

        var text = ReportFigureText.Format(figures);

        Assert.Equal("3=1234;12=0", text);
        Assert.Equal(figures.OrderBy(f => f.IndicatorId), ReportFigureText.Parse(text));
        Assert.Empty(ReportFigureText.Parse(null));
        Assert.Empty(ReportFigureText.Parse(""));
    }
}
