using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

/// <summary>
/// Two people with the dashboard open: what one saves reaches the other's charts and tables without a reload.
/// The class runs alone (<see cref="TimedBrowserTests"/>): its bound is the product's, not that of whichever other test
/// class happens to share the two cores.
/// </summary>
[Collection(nameof(TimedBrowserTests))]
public sealed class LiveUpdatesBrowserTests(LiveSteeringApp app, BrowserFixture browser) : IClassFixture<LiveSteeringApp>
{
    private const string DistrictChart = "Average progress per district";
    private const string StatusChart = "Review status per unit";
    private const string BaDinh = "Ba Dinh District (urban)";

    /// <summary>The product's bound, counted from the moment the save returns: a change reaches every open screen within this time.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task AnEditReachesTheOtherBrowsersTableAndChartsWithinTwoSecondsWithoutAReload()
    {
        var cancellation = Xunit.TestContext.Current.CancellationToken;
        var today = HanoiTime.DateOf(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var dashboard = $"/?asof={today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        await using var contextA = await app.NewSignedInContextAsync(browser, "en-US");
        await using var contextB = await app.NewSignedInContextAsync(browser, "en-US");
        var pageA = await contextA.NewPageAsync();
        var pageB = await contextB.NewPageAsync();
        await pageA.GotoInteractiveAsync(dashboard);
        await pageB.GotoInteractiveAsync(dashboard);

        // B reads the district chart as a table; A keeps the chart.
        var districtCardB = pageB.Locator(".chart-card").Filter(new() { Has = pageB.GetByRole(AriaRole.Heading, new() { Name = DistrictChart }) });
        await districtCardB.GetByRole(AriaRole.Button).First.ClickAsync();
        var baDinhCellB = districtCardB.GetByRole(AriaRole.Row)
            .Filter(new() { Has = pageB.GetByRole(AriaRole.Link, new() { Name = BaDinh, Exact = true }) })
            .GetByRole(AriaRole.Cell);
        await Expect(baDinhCellB).ToHaveTextAsync(Percent(await BaDinhAverageAsync(today, cancellation)));
        var statusBefore = await ChartValueAsync(pageB, StatusChart);
        await ChartValueAsync(pageA, DistrictChart);
        foreach (var page in new[] { pageA, pageB })
        {
            // Gone if the page reloads.
            await page.EvaluateAsync("() => { window.liveTestMarker = true; }");
        }

        // Saved through the service the edit dialog calls. The value the screens must reach is worked out before the save
        // (Ba Dinh's average with this assignment at 40 %), so that the clock started by the save measures only the screens.
        var assignment = await BaDinhAssignmentAsync(today, cancellation);
        var expected = await BaDinhAverageAfterAsync(today, assignment.AssignmentId, progress: 40, cancellation);
        var updates = app.Services.GetRequiredService<AssignmentUpdateService>();
        var current = (await updates.LoadForEditAsync(assignment.AssignmentId, cancellation))!.Current;
        var caller = await AgencyCallerAsync();
        var outcome = await updates.UpdateAsync(
            new AssignmentEdit(assignment.AssignmentId, current.Version, AssignmentState.InProgress, 40, CompletedOn: null, Note: "Reopened"),
            caller,
            cancellationToken: cancellation);
        var sinceSave = Stopwatch.StartNew();

        Assert.IsType<EditOutcome.Saved>(outcome);
        await Expect(baDinhCellB).ToHaveTextAsync(Percent(expected), new() { Timeout = Remaining(sinceSave) });
        await WaitForChartAsync(pageA, DistrictChart, expected, Remaining(sinceSave));
        Assert.False(await pageA.EvaluateAsync<bool>(IsAnimating, DistrictChart), "The chart animated its live change; it should draw it once.");
        await WaitForChartAsync(pageB, StatusChart, statusBefore, Remaining(sinceSave), changedFrom: true);
        Assert.True(sinceSave.Elapsed <= Bound, $"The screens showed the change {sinceSave.Elapsed.TotalMilliseconds:F0} ms after the save.");
        Assert.Equal(expected, await BaDinhAverageAsync(today, cancellation), precision: 9);
        foreach (var page in new[] { pageA, pageB })
        {
            Assert.True(await page.EvaluateAsync<bool>("() => window.liveTestMarker === true"));
        }
    }

    /// <summary>Ba Dinh's value in the chart's first dataset (in the status chart: its assignments completed on time).</summary>
    private const string ReadBaDinh = """
        ({ name, label }) => {
            const canvas = document.querySelector(`canvas[aria-label="${name}"]`);
            const chart = canvas && window.Chart.getChart(canvas);
            const index = chart ? chart.data.labels.indexOf(label) : -1;
            return index < 0 ? null : chart.data.datasets[0].data[index];
        }
        """;

    /// <summary>Whether Chart.js is animating the chart (a live change is drawn once, at its new values).</summary>
    private const string IsAnimating = """
        name => window.Chart.animator.running(window.Chart.getChart(document.querySelector(`canvas[aria-label="${name}"]`)))
        """;

    /// <summary>Waits until the chart is drawn and returns Ba Dinh's value in it.</summary>
    private static async Task<double> ChartValueAsync(IPage page, string chartName)
    {
        // Wrapped in an array: a value of 0 would read as "not yet".
        var value = await page.WaitForFunctionAsync(
            $"arg => {{ const value = ({ReadBaDinh})(arg); return value === null ? null : [value]; }}",
            new { name = chartName, label = BaDinh });
        return (await value.JsonValueAsync<double[]>())[0];
    }

    /// <summary>What is left of the bound, in Playwright's milliseconds; at least 1, as 0 would mean no limit at all.</summary>
    private static float Remaining(Stopwatch sinceSave) => (float)Math.Max(1, (Bound - sinceSave.Elapsed).TotalMilliseconds);

    /// <summary>
    /// Polls the chart in the page (Playwright's polling, no sleep) for <paramref name="timeout"/> milliseconds at most until
    /// Ba Dinh's value equals <paramref name="value"/>, or differs from it when <paramref name="changedFrom"/> is set.
    /// </summary>
    private static Task WaitForChartAsync(IPage page, string chartName, double value, float timeout, bool changedFrom = false) =>
        page.WaitForFunctionAsync(
            $$"""
            arg => {
                const value = ({{ReadBaDinh}})(arg);
                return value !== null && (arg.changedFrom ? value !== arg.value : Math.abs(value - arg.value) < 1e-9);
            }
            """,
            new { name = chartName, label = BaDinh, value, changedFrom },
            new() { Timeout = timeout });

    private async Task<Caller> AgencyCallerAsync() =>
        new((await TestAccounts.CreateAsync(
            app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>(), SteeringRole.StandingAgency, displayName: "Browser A")).UserId);

    private async Task<AssignmentRow> BaDinhAssignmentAsync(DateOnly asOf, CancellationToken cancellation)
    {
        var plan = await PlanAsync(cancellation);
        var rows = await app.Services.GetRequiredService<AssignmentQueries>().ListAsync(new PlanFilter(plan.Id, asOf), cancellation);
        return rows.Where(r => r.UnitCode == "BA-DINH").OrderByDescending(r => r.Progress).ThenBy(r => r.TaskNumber).First();
    }

    /// <summary>Ba Dinh's average progress as a fraction once the assignment's progress is <paramref name="progress"/>.</summary>
    private async Task<double> BaDinhAverageAfterAsync(DateOnly asOf, int assignmentId, int progress, CancellationToken cancellation)
    {
        var plan = await PlanAsync(cancellation);
        var rows = (await app.Services.GetRequiredService<AssignmentQueries>().ListAsync(new PlanFilter(plan.Id, asOf), cancellation))
            .Where(r => r.UnitCode == "BA-DINH")
            .ToList();
        return rows.Sum(r => r.AssignmentId == assignmentId ? progress : r.Progress) / (double)rows.Count / 100;
    }

    private async Task<double> BaDinhAverageAsync(DateOnly asOf, CancellationToken cancellation)
    {
        var plan = await PlanAsync(cancellation);
        var data = await app.Services.GetRequiredService<DashboardQueries>().LoadAsync(new PlanFilter(plan.Id, asOf), cancellation);
        return (data!.Units.Single(u => u.Code == "BA-DINH").AverageProgress ?? 0) / 100;
    }

    private async Task<PlanSummary> PlanAsync(CancellationToken cancellation) =>
        Assert.Single(await app.Services.GetRequiredService<PlanQueries>().ListAsync(cancellation));

    private static string Percent(double fraction) => fraction.ToString("P1", CultureInfo.GetCultureInfo("en-US"));
}
