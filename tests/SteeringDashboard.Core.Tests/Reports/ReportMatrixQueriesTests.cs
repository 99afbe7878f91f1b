using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Tests.TestSupport;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.Reports;

public sealed class ReportMatrixQueriesTests : IAsyncLifetime
{
    private static readonly DateOnly DueDate = ReportScenario.DueDate;
    private ReportScenario _scenario = null!;
    private ReportMatrixQueries _queries = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _scenario = await ReportScenario.CreateAsync();
        _queries = new ReportMatrixQueries(_scenario.Database);
    }

    public ValueTask DisposeAsync() => _scenario.DisposeAsync();

    private async Task<ReportCellState?> CellAsync(int unitId, DateOnly asOf, int? reportTypeId = null)
    {
        var matrix = await _queries.LoadAsync(_scenario.PlanId, asOf, cancellationToken: Token);
        var row = matrix.Rows.SingleOrDefault(r => r.Unit.Id == unitId);
        return row is not null && row.Cells.TryGetValue(reportTypeId ?? _scenario.ReportTypeId, out var state) ? state : null;
    }

    [Fact]
    public async Task SubmittedAt2359InHanoiOnTheDueDateIsReceivedOnTime()
    {
        _scenario.SetClock(ReportScenario.LastMinuteOnTime);
        await _scenario.SubmitAsync(_scenario.U1);

        Assert.Equal(ReportCellState.ReceivedOnTime, await CellAsync(_scenario.U1, DueDate));
        Assert.Equal(ReportCellState.ReceivedOnTime, await CellAsync(_scenario.U1, DueDate.AddDays(10)));
    }

    [Fact]
    public async Task SubmittedAtMidnightAfterTheDueDateIsReceivedLate()
    {
        _scenario.SetClock(ReportScenario.MidnightAfterDue);
        await _scenario.SubmitAsync(_scenario.U1);

        Assert.Equal(ReportCellState.ReceivedLate, await CellAsync(_scenario.U1, DueDate.AddDays(1)));
    }

    [Fact]
    public async Task NothingReceivedIsNotYetDueUntilTheDueDateEndsAndMissingAfter()
    {
        Assert.Equal(ReportCellState.NotYetDue, await CellAsync(_scenario.A1, DueDate.AddDays(-1)));
        Assert.Equal(ReportCellState.NotYetDue, await CellAsync(_scenario.A1, DueDate));
        Assert.Equal(ReportCellState.Missing, await CellAsync(_scenario.A1, DueDate.AddDays(1)));
    }

    [Fact]
    public async Task AReportReceivedAfterTheAsOfDateIsNotSeenYet()
    {
        _scenario.SetClock(ReportScenario.MidnightAfterDue.AddDays(2));
        await _scenario.SubmitAsync(_scenario.U1);

        Assert.Equal(ReportCellState.NotYetDue, await CellAsync(_scenario.U1, DueDate));
        Assert.Equal(ReportCellState.Missing, await CellAsync(_scenario.U1, DueDate.AddDays(2)));
        Assert.Equal(ReportCellState.ReceivedLate, await CellAsync(_scenario.U1, DueDate.AddDays(3)));
    }

    [Fact]
    public async Task AReturnedReportIsReturnedUntilResubmittedAndThenCountsFromTheResubmission()
    {
        await _scenario.SubmitAsync(_scenario.U1);
        _scenario.SetClock(new DateTimeOffset(2018, 7, 15, 3, 0, 0, TimeSpan.Zero));
        await _scenario.ReturnAsync(_scenario.U1);
        _scenario.SetClock(ReportScenario.MidnightAfterDue.AddDays(1));
        await _scenario.SubmitAsync(_scenario.U1);

        Assert.Equal(ReportCellState.ReceivedOnTime, await CellAsync(_scenario.U1, new DateOnly(2018, 7, 14)));
        Assert.Equal(ReportCellState.Returned, await CellAsync(_scenario.U1, new DateOnly(2018, 7, 15)));
        Assert.Equal(ReportCellState.Returned, await CellAsync(_scenario.U1, DueDate.AddDays(1)));
        Assert.Equal(ReportCellState.ReceivedLate, await CellAsync(_scenario.U1, DueDate.AddDays(2)));
    }

    [Fact]
    public async Task ACorrectionAfterTheDueDateKeepsAReportOnTime()
    {
        await _scenario.SubmitAsync(_scenario.U1);
        _scenario.SetClock(ReportScenario.MidnightAfterDue.AddDays(1));
        await _scenario.SubmitAsync(_scenario.U1, cases: 9);

        Assert.Equal(ReportCellState.ReceivedOnTime, await CellAsync(_scenario.U1, DueDate.AddDays(5)));
    }

    [Fact]
    public async Task AUnitThatDoesNotOweAReportHasNoCellAndNoRow()
    {
        Assert.Null(await CellAsync(_scenario.S, DueDate));
    }

    [Fact]
    public async Task CountsPerRowAndPerColumnWithColumnsInDueDateOrder()
    {
        var monthly = await _scenario.AddReportTypeAsync("M06", new DateOnly(2018, 6, 1), new DateOnly(2018, 7, 5), _scenario.U1, _scenario.U2);
        _scenario.SetClock(ReportScenario.LastMinuteOnTime);
        await _scenario.SubmitAsync(_scenario.U1);
        await _scenario.SubmitAsync(_scenario.U1, reportTypeId: monthly);
        await _scenario.SubmitAsync(_scenario.U2);
        await _scenario.ReturnAsync(_scenario.U2);

        var matrix = await _queries.LoadAsync(_scenario.PlanId, DueDate.AddDays(1), cancellationToken: Token);

        Assert.Equal(["M06", "DAY"], matrix.Columns.Select(c => c.Code));
        Assert.Equal(new ReportCounts(2, 0, 1, 0, 1, 0), matrix.Columns[0].Counts);
        Assert.Equal(new ReportCounts(3, 1, 0, 1, 1, 0), matrix.Columns[1].Counts);
        var rows = matrix.Rows.ToDictionary(r => r.Unit.Code);
        Assert.Equal(["U1", "U2", "A1"], matrix.Rows.Select(r => r.Unit.Code));
        Assert.Equal(new ReportCounts(2, 1, 1, 0, 0, 0), rows["U1"].Counts);
        Assert.Equal(new ReportCounts(2, 0, 0, 1, 1, 0), rows["U2"].Counts);
        Assert.Equal(new ReportCounts(1, 0, 0, 0, 1, 0), rows["A1"].Counts);
        Assert.Equal(ReportCellState.ReceivedLate, rows["U1"].Cells[monthly]);
    }

    [Fact]
    public async Task FiltersByUnitKindAndCountsOnlyTheUnitsShown()
    {
        await _scenario.SubmitAsync(_scenario.U1);

        var urban = await _queries.LoadAsync(_scenario.PlanId, DueDate, UnitKind.UrbanDistrict, Token);
        var agencies = await _queries.LoadAsync(_scenario.PlanId, DueDate, UnitKind.MemberAgency, Token);

        Assert.Equal(["U1"], urban.Rows.Select(r => r.Unit.Code));
        Assert.Equal(new ReportCounts(1, 1, 0, 0, 0, 0), Assert.Single(urban.Columns).Counts);
        Assert.Equal(["A1"], agencies.Rows.Select(r => r.Unit.Code));
        Assert.Equal(new ReportCounts(1, 0, 0, 0, 0, 1), Assert.Single(agencies.Columns).Counts);
    }

    [Fact]
    public async Task NumberOfSqlCommandsDoesNotGrowWithTheNumberOfUnits()
    {
        await _scenario.SubmitAsync(_scenario.U1);
        _scenario.Database.ResetCommandCount();
        await _queries.LoadAsync(_scenario.PlanId, DueDate, cancellationToken: Token);
        var withThreeUnits = _scenario.Database.CommandCount;

        await using (var db = _scenario.Database.CreateDbContext())
        {
            for (var i = 0; i < 30; i++)
            {
                var unit = db.Units.Add(new Unit { Code = $"D{i}", NameVi = $"D{i}", NameEn = $"D{i}", Kind = UnitKind.RuralDistrict }).Entity;
                db.ExpectedReports.Add(new ExpectedReport { ReportTypeId = _scenario.ReportTypeId, Unit = unit });
            }

            await db.SaveChangesAsync(Token);
        }

        _scenario.Database.ResetCommandCount();
        var matrix = await _queries.LoadAsync(_scenario.PlanId, DueDate, cancellationToken: Token);

        Assert.Equal(33, matrix.Rows.Count);
        Assert.Equal(withThreeUnits, _scenario.Database.CommandCount);
        Assert.Equal(2, _scenario.Database.CommandCount);
    }
}
