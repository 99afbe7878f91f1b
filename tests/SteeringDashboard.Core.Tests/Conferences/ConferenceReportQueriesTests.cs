using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.Conferences;

public sealed class ConferenceReportQueriesTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task CompilesTheSmallPlanAsHandCountedAtTheCutoff()
    {
        var planId = await SmallPlanScenario.CreateAsync(_database);
        var scenario = await ConferenceReportScenario.CreateAsync(_database, planId, SmallPlanScenario.June30);
        _database.ResetCommandCount();

        var content = (await scenario.Review.CompileAsync(scenario.ConferenceId, Token))!;

        Assert.Equal(12 + 2, _database.CommandCount);
        var trafficking = content.Programmes.Single(p => p.Code == ProgrammeCode.TraffickingPrevention);
        var counts = trafficking.Counts;
        Assert.Equal((5, 1, 1, 2, 1), (counts.Assignments, counts.CompletedOnTime, counts.CompletedLate, counts.InProgressWithinDeadline, counts.Overdue));

        // Progress as of 30/06: U1 100 and U2 100 on task 1, A1 40; task 2 untouched until July.
        Assert.Equal(48, counts.AverageProgress!.Value, 6);

        // CASES over January–June: U1 10 + 5, A1 2; July's 100 comes after the cut-off.
        var cases = Assert.Single(trafficking.Figures);
        Assert.Equal(("CASES", 17L, (long?)null), (cases.Code, cases.Value.Value, cases.PreviousValue?.Value));
        Assert.Equal(new DeadlineStatusCounts(1, 1, 0, 0, 0, 100), content.Programmes.Single(p => p.Code == ProgrammeCode.DrugPrevention).Counts);

        Assert.Equal(["U1", "U2"], content.Districts.Select(u => u.Code));
        Assert.Equal(["A1", "S"], content.Agencies.Select(u => u.Code));
        Assert.Equal(15, content.Districts[0].Figures["CASES"].Value);
        Assert.Empty(content.Districts[1].Figures);

        Assert.Equal([1, 2, 3], content.Tasks.Select(t => t.TaskNumber));
        var task1 = content.Tasks[0].Counts;
        Assert.Equal((3, 1, 1, 0, 1), (task1.Assignments, task1.CompletedOnTime, task1.CompletedLate, task1.InProgressWithinDeadline, task1.Overdue));
        Assert.Empty(content.MissingReports);
    }

    [Fact]
    public async Task EqualsTheDashboardAndTheReminderListAtTheCutoffOnTheDemoPlan()
    {
        await using var demo = await TestDatabase.CreateAsync(seed: true, demoData: true);
        await using var db = demo.CreateDbContext();
        var planId = await db.Plans.Select(p => p.Id).SingleAsync(Token);
        var cutoff = new DateOnly(2018, 6, 30);
        var scenario = await ConferenceReportScenario.CreateAsync(demo, planId, cutoff);
        var dashboard = new DashboardQueries(demo, Options.Create(new PrivacyOptions()));
        demo.ResetCommandCount();

        var content = (await scenario.Review.CompileAsync(scenario.ConferenceId, Token))!;

        // A fixed number of queries: 12, and one per programme, whatever the number of units, tasks and reports.
        Assert.Equal(12 + 3, demo.CommandCount);
        Assert.Equal(3, content.Programmes.Count);
        foreach (var programme in content.Programmes)
        {
            var expected = (await dashboard.LoadAsync(new PlanFilter(planId, cutoff, programme.Code), Token))!;
            Assert.Equal(DeadlineCountsOf(expected.Kpis), programme.Counts with { AverageProgress = Round(programme.Counts.AverageProgress) });
            Assert.Equal(
                expected.Headlines.Select(h => (h.Code, h.Value, h.PreviousValue)),
                programme.Figures.Select(f => (f.Code, f.Value, f.PreviousValue)));
            Assert.NotEmpty(programme.Figures);
        }

        var overall = (await dashboard.LoadAsync(new PlanFilter(planId, cutoff), Token))!;
        Assert.Equal(30, content.Districts.Count);
        Assert.Equal(
            overall.Units.Select(u => (u.UnitId, u.Assignments, u.CompletedOnTime, u.CompletedLate, u.InProgressWithinDeadline, u.Overdue, Round(u.AverageProgress))),
            content.Districts.Concat(content.Agencies).OrderBy(u => u.UnitId)
                .Select(u => (u.UnitId, u.Counts.Assignments, u.Counts.CompletedOnTime, u.Counts.CompletedLate, u.Counts.InProgressWithinDeadline, u.Counts.Overdue, Round(u.Counts.AverageProgress))));

        // The unit tables add up to the city-wide figures.
        foreach (var headline in overall.Headlines)
        {
            var units = content.Districts.Concat(content.Agencies).Select(u => u.Figures.GetValueOrDefault(headline.Code, FigureSum.None));
            Assert.Equal(headline.Value, units.Aggregate(FigureSum.None, (sum, unit) => sum.Plus(unit)));
        }

        var reminders = await new ReminderQueries(demo, new ReportMatrixQueries(demo)).LoadAsync(planId, cutoff, cancellationToken: Token);
        Assert.NotEmpty(content.MissingReports);
        Assert.Equal(
            reminders.Rows.Select(r => (r.Report.Code, r.Unit.Id, r.State)).Order(),
            content.MissingReports.Select(m => (m.ReportCode, m.UnitId, m.State)).Order());
        Assert.True(content.HasDemoData);
    }

    [Fact]
    public async Task TheCompiledContentSurvivesItsJsonUnchanged()
    {
        var planId = await SmallPlanScenario.CreateAsync(_database);
        var scenario = await ConferenceReportScenario.CreateAsync(_database, planId, SmallPlanScenario.June30);
        var content = (await scenario.Review.CompileAsync(scenario.ConferenceId, Token))!;

        var json = content.ToJson();

        Assert.Equal(json, ConferenceReportContent.FromJson(json).ToJson());
        Assert.Equal(content.Districts[0].Figures["CASES"], ConferenceReportContent.FromJson(json).Districts[0].Figures["CASES"]);
    }

    [Fact]
    public async Task AnUnknownConferenceCompilesToNothing()
    {
        await SmallPlanScenario.CreateAsync(_database);
        var review = new ConferenceReportQueries(_database, new DashboardQueries(_database, Privacy), new ReportMatrixQueries(_database), Privacy);

        Assert.Null(await review.CompileAsync(999, Token));
    }

    private static IOptions<PrivacyOptions> Privacy => Options.Create(new PrivacyOptions());

    private static DeadlineStatusCounts DeadlineCountsOf(DashboardKpis kpis) =>
        new(kpis.Assignments, kpis.CompletedOnTime, kpis.CompletedLate, kpis.InProgressWithinDeadline, kpis.Overdue, Round(kpis.AverageProgress));

    /// <summary>Means computed in SQL and in C# may differ in the last bits.</summary>
    private static double? Round(double? value) => value is { } v ? Math.Round(v, 9) : null;
}
