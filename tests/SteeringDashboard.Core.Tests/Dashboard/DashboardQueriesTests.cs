using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.Dashboard;

public sealed class DashboardQueriesTests : IAsyncLifetime
{
    private static readonly DateOnly June30 = SmallPlanScenario.June30;
    private TestDatabase _database = null!;
    private int _planId;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _planId = await SmallPlanScenario.CreateAsync(_database);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Task<DashboardData?> LoadAsync(DateOnly asOf, ProgrammeCode? programme = null, UnitKind? kind = null) =>
        new DashboardQueries(_database, Options.Create(new PrivacyOptions())).LoadAsync(new PlanFilter(_planId, asOf, programme, kind), TestContext.Current.CancellationToken);

    [Fact]
    public async Task CountsEachUnitsAssignmentsByDeadlineStatusAsHandCounted()
    {
        var data = await LoadAsync(June30);

        var byCode = data!.Units.ToDictionary(u => u.Code);
        AssertCounts(byCode["U1"], assignments: 3, onTime: 2, late: 0, within: 1, overdue: 0, average: 200.0 / 3);
        AssertCounts(byCode["U2"], assignments: 2, onTime: 0, late: 1, within: 1, overdue: 0, average: 50);
        AssertCounts(byCode["A1"], assignments: 1, onTime: 0, late: 0, within: 0, overdue: 1, average: 40);
        AssertCounts(byCode["S"], assignments: 0, onTime: 0, late: 0, within: 0, overdue: 0, average: null);
    }

    [Fact]
    public async Task ReadsTheStateFromHistoryAsItStoodOnTheAsOfDate()
    {
        var early = await LoadAsync(new DateOnly(2018, 6, 5));
        var late = await LoadAsync(new DateOnly(2018, 7, 20));

        AssertCounts(early!.Units.Single(u => u.Code == "U1"), assignments: 3, onTime: 0, late: 0, within: 3, overdue: 0, average: 50.0 / 3);
        AssertCounts(late!.Units.Single(u => u.Code == "U2"), assignments: 2, onTime: 0, late: 1, within: 0, overdue: 1, average: 90);
    }

    [Fact]
    public async Task AChangeLateInTheEveningHanoiTimeCountsOnThatDate()
    {
        var data = await LoadAsync(June30, ProgrammeCode.DrugPrevention);

        AssertCounts(data!.Units.Single(u => u.Code == "U1"), assignments: 1, onTime: 1, late: 0, within: 0, overdue: 0, average: 100);
    }

    [Fact]
    public async Task ProgrammeFilterKeepsOnlyThatProgrammesTasks()
    {
        var data = await LoadAsync(June30, ProgrammeCode.TraffickingPrevention);

        AssertCounts(data!.Units.Single(u => u.Code == "U1"), assignments: 2, onTime: 1, late: 0, within: 1, overdue: 0, average: 50);
    }

    [Fact]
    public async Task AgencyFilterIncludesTheStandingAgency()
    {
        var data = await LoadAsync(June30, kind: UnitKind.MemberAgency);

        Assert.Equal(["A1", "S"], data!.Units.Select(u => u.Code).Order());
        Assert.Equal(1, data.Kpis.Assignments);
    }

    [Fact]
    public async Task KpisTotalTheUnitsWithOnTimeRateAndMeanProgress()
    {
        var kpis = (await LoadAsync(June30))!.Kpis;

        Assert.Equal(6, kpis.Assignments);
        Assert.Equal(3, kpis.Completed);
        Assert.Equal(1, kpis.Overdue);
        Assert.Equal(2.0 / 3, kpis.OnTimeRate!.Value, 6);
        Assert.Equal((100 + 100 + 40 + 0 + 0 + 100) / 6.0, kpis.AverageProgress!.Value, 6);
    }

    [Fact]
    public async Task TrendEndsOnTheAsOfDateWithTheSameTotals()
    {
        var data = await LoadAsync(June30);

        var last = data!.Trend[^1];
        Assert.Equal(June30, last.Date);
        Assert.Equal(data.Kpis.Completed, last.Completed);
        Assert.Equal(data.Kpis.Overdue, last.Overdue);
        Assert.Equal(DashboardQueries.TrendDates(data.Plan, June30).Count, data.Trend.Count);
        Assert.All(data.Trend.Zip(data.Trend.Skip(1)), pair => Assert.True(pair.First.Date < pair.Second.Date));
    }

    [Fact]
    public async Task ThePastDaysOfTheTrendAreReadOnceAndTodaysPointFollowsAChangeSavedToday()
    {
        var today = new DateOnly(2018, 7, 10);
        var clock = FixedClock.AtHanoiNoon(today);
        var dates = new TrendDatesCaptor();
        var queries = new DashboardQueries(new CapturingFactory(_database, dates), Options.Create(new PrivacyOptions()), clock);
        var filter = new PlanFilter(_planId, today);
        var before = (await queries.LoadAsync(filter, TestContext.Current.CancellationToken))!;
        var open = await OpenAssignmentAsync();

        // Saved as the app saves a change: the history row and the assignment's own columns together.
        await using (var db = _database.CreateDbContext())
        {
            var assignment = await db.Assignments.SingleAsync(a => a.Id == open, TestContext.Current.CancellationToken);
            var row = new AssignmentHistory
            {
                AssignmentId = open, ChangedAtUtc = clock.Now.UtcDateTime, ChangedBy = "Standing agency",
                OldState = assignment.State, NewState = AssignmentState.Completed, OldProgress = assignment.Progress, NewProgress = 100,
                NewCompletedOn = today, Version = Guid.NewGuid(),
            };
            db.AssignmentHistory.Add(row);
            (assignment.State, assignment.Progress, assignment.CompletedOn) = (AssignmentState.Completed, 100, today);
            (assignment.UpdatedAtUtc, assignment.Version) = (row.ChangedAtUtc, row.Version);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var after = (await queries.LoadAsync(filter, TestContext.Current.CancellationToken))!;

        Assert.Equal(DashboardQueries.TrendDates(before.Plan, today).Count, dates.Asked[0].Count);
        Assert.Equal([today], dates.Asked[1]);
        Assert.Equal(before.Trend[^1].Completed + 1, after.Trend[^1].Completed);
        var fresh = await LoadAsync(today);
        Assert.Equivalent(fresh!.Trend, after.Trend, strict: true);
        Assert.Equivalent(before.Trend.SkipLast(1), after.Trend.SkipLast(1), strict: true);
    }

    private async Task<int> OpenAssignmentAsync()
    {
        await using var db = _database.CreateDbContext();
        var completed = await db.AssignmentHistory.Where(h => h.NewState == AssignmentState.Completed).Select(h => h.AssignmentId).ToListAsync(TestContext.Current.CancellationToken);
        return await db.Assignments.Where(a => !completed.Contains(a.Id)).Select(a => a.Id).FirstAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Records the dates each trend query asks for (its @dates parameter).</summary>
    private sealed class TrendDatesCaptor : DbCommandInterceptor
    {
        public List<IReadOnlyList<DateOnly>> Asked { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            // SQLite takes the dates as a JSON array of text, PostgreSQL as an array of dates.
            if (command.Parameters.Cast<DbParameter>().SingleOrDefault(p => p.ParameterName.TrimStart('@') == "dates") is { } dates)
            {
                IReadOnlyList<DateOnly> asked = dates.Value is string json
                    ? [.. JsonSerializer.Deserialize<string[]>(json)!.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture))]
                    : (DateOnly[])dates.Value!;
                lock (Asked)
                {
                    Asked.Add(asked);
                }
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private sealed class CapturingFactory(TestDatabase database, DbCommandInterceptor interceptor) : IDbContextFactory<SteeringDbContext>
    {
        public SteeringDbContext CreateDbContext() =>
            database.CreateDbContext(interceptor);
    }

    [Fact]
    public async Task YearsAfterThePlansPeriodTheTrendIsThePeriodsWeeksAndTheAsOfDate()
    {
        var plan = (await LoadAsync(June30))!.Plan;
        var later = plan.PeriodEnd.AddYears(8);

        var dates = DashboardQueries.TrendDates(plan, later);

        Assert.Equal(later, dates[^1]);
        Assert.All(dates.SkipLast(1), d => Assert.InRange(d, plan.PeriodStart, plan.PeriodEnd));
        Assert.True(plan.PeriodEnd.DayNumber - dates[^2].DayNumber < DashboardQueries.TrendStepDays, "The last week of the period is missing.");
        var trend = (await LoadAsync(later))!.Trend;
        Assert.Equal(dates, trend.Select(p => p.Date));
    }

    [Fact]
    public async Task HeadlineFiguresSumTheMonthsEndedByTheAsOfDate()
    {
        var throughJune = await LoadAsync(June30);
        var throughMay = await LoadAsync(June30.AddDays(-1));
        var ruralOnly = await LoadAsync(June30, kind: UnitKind.RuralDistrict);

        Assert.Equal(17, throughJune!.Headlines.Single().Value.Value);
        Assert.Equal(new FigurePeriod(2018, 1, 6), throughJune.Figures);
        Assert.Equal(10, throughMay!.Headlines.Single().Value.Value);
        Assert.Equal(0, ruralOnly!.Headlines.Single().Value.Value);
    }

    [Fact]
    public async Task LongAfterTheLastFiguresTheHeadlinePeriodEndsAtTheLastMonthWithFiguresNotAtDecember()
    {
        // The small plan's last figures are July's.
        var throughJuly = await LoadAsync(new DateOnly(2018, 7, 31));
        var yearsLater = await LoadAsync(June30.AddYears(8));

        Assert.Equal(new FigurePeriod(2018, 1, 7), yearsLater!.Figures);
        var (july, later) = (throughJuly!.Headlines.Single(), yearsLater.Headlines.Single());
        Assert.Equal((july.Value.Value, july.Value.Figures), (later.Value.Value, later.Value.Figures));
        Assert.Equal((july.PreviousValue?.Value, july.PreviousValue?.Figures), (later.PreviousValue?.Value, later.PreviousValue?.Figures));
    }

    [Fact]
    public async Task AHeadlineFigureCarriesHowManyFiguresItAddsUpAndTheUnitsOfTheSmallOnes()
    {
        var urbanOnly = (await LoadAsync(June30, kind: UnitKind.UrbanDistrict))!.Headlines.Single();
        var everyUnit = (await LoadAsync(June30))!.Headlines.Single();

        Assert.Equal(15, urbanOnly.Value.Value);
        Assert.Equal(everyUnit.Value.Figures - 1, urbanOnly.Value.Figures);
        Assert.Equal(everyUnit.Value.SmallFigureUnits!.Count - 1, urbanOnly.Value.SmallFigureUnits!.Count);
    }

    [Fact]
    public async Task UnknownPlanGivesNull() =>
        Assert.Null(await new DashboardQueries(_database, Options.Create(new PrivacyOptions())).LoadAsync(new PlanFilter(9999, June30), TestContext.Current.CancellationToken));

    [Fact]
    public async Task NumberOfSqlCommandsDoesNotGrowWithTheNumberOfUnits()
    {
        await LoadAsync(June30);
        var withFourUnits = _database.CommandCount;

        await using (var db = _database.CreateDbContext())
        {
            var task = db.PlanTasks.Single(t => t.Number == 1);
            for (var i = 0; i < 30; i++)
            {
                var unit = db.Units.Add(new Unit { Code = $"D{i}", NameVi = $"D{i}", NameEn = $"D{i}", Kind = UnitKind.RuralDistrict }).Entity;
                db.Assignments.Add(new Assignment { PlanTask = task, Unit = unit, DueDate = task.DueDate, Version = Guid.NewGuid() });
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        _database.ResetCommandCount();
        var data = await LoadAsync(June30);

        Assert.Equal(34, data!.Units.Count);
        Assert.Equal(withFourUnits, _database.CommandCount);
        Assert.Equal(4, _database.CommandCount);
    }

    private static void AssertCounts(UnitProgress unit, int assignments, int onTime, int late, int within, int overdue, double? average)
    {
        Assert.Equal(
            (assignments, onTime, late, within, overdue),
            (unit.Assignments, unit.CompletedOnTime, unit.CompletedLate, unit.InProgressWithinDeadline, unit.Overdue));
        if (average is null)
        {
            Assert.Null(unit.AverageProgress);
        }
        else
        {
            Assert.Equal(average.Value, unit.AverageProgress!.Value, 6);
        }
    }
}
