using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Seed;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Seed;

/// <summary>The demo reporting schedule and the 2017 figures, as the demo seed writes them.</summary>
public sealed class DemoReportScheduleTests : IAsyncLifetime
{
    private static readonly DateOnly DemoEnd = new(2018, 7, 31);
    private TestDatabase _database = null!;
    private int _planId;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(seed: true, demoData: true);
        await using var db = _database.CreateDbContext();
        _planId = await db.Plans.Select(p => p.Id).SingleAsync(Token);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Task<ReportMatrix> MatrixAsync(DateOnly asOf) => new ReportMatrixQueries(_database).LoadAsync(_planId, asOf, cancellationToken: Token);

    private static ReportCellState Cell(ReportMatrix matrix, string reportCode, string unitCode) =>
        matrix.Rows.Single(r => r.Unit.Code == unitCode).Cells[matrix.Columns.Single(c => c.Code == reportCode).ReportTypeId];

    [Fact]
    public async Task ThePlanHasTheDaysResultsTheFirstHalfReviewAndSevenMonthlyReports()
    {
        var matrix = await MatrixAsync(DemoEnd);

        Assert.Equal(
            [DemoReports.DayResultsCode, DemoReports.FirstHalfReviewCode, .. Enumerable.Range(1, 7).Select(DemoReports.MonthlyCode)],
            matrix.Columns.Select(c => c.Code));
        Assert.Equal(46, matrix.Columns.Single(c => c.Code == DemoReports.DayResultsCode).Counts.Expected);
        Assert.Equal(46, matrix.Columns.Single(c => c.Code == DemoReports.FirstHalfReviewCode).Counts.Expected);
        Assert.All(matrix.Columns.Where(c => c.Code.StartsWith("M2018-", StringComparison.Ordinal)), c => Assert.Equal(31, c.Counts.Expected));
        var firstHalf = matrix.Columns.Single(c => c.Code == DemoReports.FirstHalfReviewCode);
        Assert.Equal((new DateOnly(2018, 1, 1), new DateOnly(2018, 6, 30)), (firstHalf.PeriodStart, firstHalf.PeriodEnd));
        Assert.All(matrix.Columns, c => Assert.True(c.PeriodStart <= c.PeriodEnd && c.PeriodEnd <= c.CutoffDate && c.CutoffDate <= c.DueDate));
    }

    [Fact]
    public async Task AsOfTheEndOfJulyTheMatrixShowsEveryStateAndBaDinhStillOwesItsDaysResults()
    {
        var matrix = await MatrixAsync(DemoEnd);

        var states = matrix.Rows.SelectMany(r => r.Cells.Values).ToHashSet();
        Assert.Equal(Enum.GetValues<ReportCellState>().ToHashSet(), states);
        Assert.Equal(ReportCellState.Missing, Cell(matrix, DemoReports.DayResultsCode, DemoReports.UnsubmittedDayResultsUnitCode));
        Assert.Equal(ReportCellState.ReceivedOnTime, Cell(matrix, DemoReports.FirstHalfReviewCode, "BA-DINH"));
        Assert.Equal(ReportCellState.ReceivedLate, Cell(matrix, DemoReports.FirstHalfReviewCode, "PHU-XUYEN"));
        Assert.Equal(ReportCellState.Returned, Cell(matrix, DemoReports.FirstHalfReviewCode, "MY-DUC"));
        Assert.Equal(ReportCellState.Missing, Cell(matrix, DemoReports.FirstHalfReviewCode, "UNG-HOA"));
        Assert.All(matrix.Rows.Where(r => r.Cells.Count == 9), r => Assert.Equal(ReportCellState.NotYetDue, r.Cells[matrix.Columns[^1].ReportTypeId]));
    }

    [Fact]
    public async Task BeforeItsDueDateNobodyOwesTheDaysResultsYet()
    {
        var matrix = await MatrixAsync(new DateOnly(2018, 6, 30));

        Assert.All(matrix.Rows, r => Assert.Equal(ReportCellState.NotYetDue, Cell(matrix, DemoReports.DayResultsCode, r.Unit.Code)));
        Assert.Equal(46, matrix.Columns.Single(c => c.Code == DemoReports.DayResultsCode).Counts.NotYetDue);
    }

    [Fact]
    public async Task SomeReportsWereReturnedAndResubmittedAndSomeCorrectedWithHistory()
    {
        await using var db = _database.CreateDbContext();
        var histories = await db.UnitReports
            .Select(r => new { r.UnitId, r.ReportType!.Code, Changes = r.History.OrderBy(h => h.ChangedAtUtc).Select(h => h.Change).ToList() })
            .ToListAsync(Token);
        var hoanKiem = await db.Units.Where(u => u.Code == "HOAN-KIEM").Select(u => u.Id).SingleAsync(Token);
        var cauGiay = await db.Units.Where(u => u.Code == "CAU-GIAY").Select(u => u.Id).SingleAsync(Token);

        UnitReportChange[] resubmitted = [UnitReportChange.Submitted, UnitReportChange.Returned, UnitReportChange.Submitted];
        UnitReportChange[] corrected = [UnitReportChange.Submitted, UnitReportChange.Corrected];
        Assert.Equal(resubmitted, histories.Single(h => h.UnitId == hoanKiem && h.Code == DemoReports.FirstHalfReviewCode).Changes);
        Assert.Equal(corrected, histories.Single(h => h.UnitId == cauGiay && h.Code == DemoReports.FirstHalfReviewCode).Changes);
        Assert.True(histories.Count(h => h.Changes.SequenceEqual(resubmitted)) >= 3);
        Assert.True(histories.Count(h => h.Changes.SequenceEqual(corrected)) >= 3);
        var matrix = await MatrixAsync(DemoEnd);
        Assert.Equal(ReportCellState.ReceivedOnTime, Cell(matrix, DemoReports.FirstHalfReviewCode, "CAU-GIAY"));
    }

    [Fact]
    public async Task EveryReportsFiguresAreTheUnitsMonthlyFiguresSummedOverItsPeriod()
    {
        await using var db = _database.CreateDbContext();
        var figures = await (
                from f in db.UnitReportFigures
                join r in db.UnitReports on f.UnitReportId equals r.Id
                select new { r.UnitId, r.ReportTypeId, r.ReportType!.PeriodStart, r.ReportType.PeriodEnd, f.IndicatorId, f.Value })
            .ToListAsync(Token);
        var monthly = await db.IndicatorValues.Where(v => v.Year == 2018).ToListAsync(Token);
        var carried = await (
                from i in db.ReportTypeIndicators
                select new { i.ReportTypeId, i.IndicatorId })
            .ToListAsync(Token);

        Assert.True(figures.Count > 1000);
        Assert.All(figures, f =>
        {
            var expected = monthly
                .Where(v => v.UnitId == f.UnitId && v.IndicatorId == f.IndicatorId && v.Month >= f.PeriodStart.Month && v.Month <= f.PeriodEnd.Month)
                .Sum(v => v.Value);
            Assert.Equal(expected, f.Value);
        });
        Assert.All(figures, f => Assert.Contains(new { f.ReportTypeId, f.IndicatorId }, carried));
    }

    [Fact]
    public async Task SummariesAndReasonsAreMarkedDemoAndEveryChangeIsTheDemoUsersWithinTheDemoPeriod()
    {
        await using var db = _database.CreateDbContext();
        var reports = await db.UnitReports.Include(r => r.History).ToListAsync(Token);

        Assert.All(reports, r =>
        {
            Assert.EndsWith("(dữ liệu mẫu)", r.Summary, StringComparison.Ordinal);
            Assert.Equal("demo", r.SubmittedBy);
            Assert.All(r.History, h => Assert.Equal("demo", h.ChangedBy));
            Assert.All(r.History, h => Assert.True(HanoiTime.DateOf(h.ChangedAtUtc) <= DemoEnd));
            var last = r.History.OrderBy(h => h.ChangedAtUtc).Last();
            Assert.Equal((last.Version, last.ChangedAtUtc), (r.Version, r.UpdatedAtUtc));
            Assert.Equal(r.History.Where(h => h.Change == UnitReportChange.Submitted).Max(h => h.ChangedAtUtc), r.SubmittedAtUtc);
        });
        Assert.All(reports.Where(r => r.State == UnitReportState.Returned), r => Assert.EndsWith("(dữ liệu mẫu)", r.ReturnReason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryUnitAndIndicatorWith2018FiguresHasAll12MonthsOf2017()
    {
        await using var db = _database.CreateDbContext();
        var series2018 = await db.IndicatorValues.Where(v => v.Year == 2018).Select(v => new { v.UnitId, v.IndicatorId }).Distinct().ToListAsync(Token);
        var months2017 = await db.IndicatorValues.Where(v => v.Year == 2017)
            .GroupBy(v => new { v.UnitId, v.IndicatorId })
            .Select(g => new { g.Key.UnitId, g.Key.IndicatorId, Months = g.Count(), Total = g.Sum(v => v.Value) })
            .ToListAsync(Token);
        var totals2018 = await db.IndicatorValues.Where(v => v.Year == 2018 && v.Month <= 7)
            .GroupBy(v => new { v.UnitId, v.IndicatorId })
            .Select(g => new { g.Key.UnitId, g.Key.IndicatorId, Total = g.Sum(v => v.Value) })
            .ToListAsync(Token);
        var samePeriod2017 = await db.IndicatorValues.Where(v => v.Year == 2017 && v.Month <= 7)
            .GroupBy(v => new { v.UnitId, v.IndicatorId })
            .Select(g => new { g.Key.UnitId, g.Key.IndicatorId, Total = g.Sum(v => v.Value) })
            .ToDictionaryAsync(g => (g.UnitId, g.IndicatorId), g => g.Total, Token);

        Assert.Equal(series2018.Count, months2017.Count);
        Assert.All(series2018, s => Assert.Equal(12, months2017.Single(m => m.UnitId == s.UnitId && m.IndicatorId == s.IndicatorId).Months));
        var compared = totals2018.Where(t => t.Total >= 50).ToList();
        Assert.Contains(compared, t => t.Total > samePeriod2017[(t.UnitId, t.IndicatorId)]);
        Assert.Contains(compared, t => t.Total < samePeriod2017[(t.UnitId, t.IndicatorId)]);
        Assert.All(compared, t => Assert.InRange(samePeriod2017[(t.UnitId, t.IndicatorId)], t.Total / 3, t.Total * 3));
    }

    [Fact]
    public async Task TheScheduleAndThe2017FiguresAreTheSameEveryTime()
    {
        await using var other = await TestDatabase.CreateAsync(seed: true, demoData: true);

        Assert.Equal(await FingerprintAsync(_database), await FingerprintAsync(other));
    }

    /// <summary>The schedule, the reports with their history and the 2017 figures (ids and concurrency tokens aside).</summary>
    private static async Task<string> FingerprintAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var text = new StringBuilder();
        foreach (var t in await db.ReportTypes.Include(t => t.Indicators).Include(t => t.ExpectedReports).OrderBy(t => t.SortOrder).ToListAsync(Token))
        {
            text.Append(CultureInfo.InvariantCulture, $"{t.Code}|{t.NameVi}|{t.PeriodStart}|{t.PeriodEnd}|{t.CutoffDate}|{t.DueDate}|");
            text.AppendJoin(',', t.Indicators.Select(i => i.IndicatorId).Order()).Append('|');
            text.AppendJoin(',', t.ExpectedReports.Select(e => e.UnitId).Order()).Append(';');
        }

        var reports = await db.UnitReports.Include(r => r.Figures).Include(r => r.History)
            .OrderBy(r => r.ReportTypeId).ThenBy(r => r.UnitId).ToListAsync(Token);
        foreach (var r in reports)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r.ReportTypeId}|{r.UnitId}|{r.State}|{r.Summary}|{r.SubmittedAtUtc:O}|{r.ReturnReason}|");
            text.AppendJoin(',', r.Figures.OrderBy(f => f.IndicatorId).Select(f => $"{f.IndicatorId}={f.Value}")).Append('|');
            text.AppendJoin(',', r.History.OrderBy(h => h.Id).Select(h => $"{h.ChangedAtUtc:O}/{h.Change}/{h.Figures}/{h.Reason}")).Append(';');
        }

        foreach (var v in await db.IndicatorValues.Where(v => v.Year == 2017).OrderBy(v => v.Id).ToListAsync(Token))
        {
            text.Append(CultureInfo.InvariantCulture, $"{v.IndicatorId}|{v.UnitId}|{v.Month}|{v.Value};");
        }

        return text.ToString();
    }
}
