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

        // Each reader looks at the chart they follow: a chart out of view keeps its drawing until it comes into view (the
        // next test).
        await Chart(pageA, DistrictChart).ScrollIntoViewIfNeededAsync();
        await Chart(pageB, StatusChart).ScrollIntoViewIfNeededAsync();
        foreach (var page in new[] { pageA, pageB })
        {
            // Gone if the page reloads.
            await page.EvaluateAsync("() => { window.liveTestMarker = true; }");
        }

        // Saved through the service the edit dialog calls. The value the screens must reach is worked out before the save
        // (Ba Dinh's average with this assignment at 40 %), so that the clock started by the save measures only the screens.
        var assignment = await BaDinhAssignmentAsync(today, cancellation);
        var expected = await BaDinhAverageAfterAsync(today, assignment.AssignmentId, progress: 40, cancellation);
        var outcome = await SaveInProgressAsync(assignment.AssignmentId, 40, "Reopened", cancellation);
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

    [Fact]
    public async Task AChartOutOfViewKeepsItsDrawingUntilItComesIntoViewOrThePageIsPrinted()
    {
        var cancellation = Xunit.TestContext.Current.CancellationToken;
        var today = HanoiTime.DateOf(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await using var context = await app.NewSignedInContextAsync(browser, "en-US");
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await page.GotoInteractiveAsync($"/?asof={today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        var chart = Chart(page, DistrictChart);
        var drawn = await ChartValueAsync(page, DistrictChart);
        Assert.True(await FarFromViewAsync(chart), "At 1280 × 720 the district chart should start below the fold, well out of view.");

        // Only the progress of Ba Dinh's least advanced assignment changes, so this test and the one above see their own
        // changes in whichever order they run.
        var assignment = (await BaDinhAssignmentsAsync(today, cancellation)).OrderBy(r => r.Progress).ThenBy(r => r.TaskNumber).First();
        var first = assignment.Progress == 47 ? 48 : 47;
        var afterFirst = await BaDinhAverageAfterAsync(today, assignment.AssignmentId, first, cancellation);
        await SaveAndWaitForTheRefreshAsync(chart, assignment.AssignmentId, first, cancellation);
        Assert.Equal(drawn, await page.EvaluateAsync<double>(ReadBaDinh, new { name = DistrictChart, label = BaDinh }));

        await chart.ScrollIntoViewIfNeededAsync();
        await WaitForChartAsync(page, DistrictChart, afterFirst, timeout: 5000);

        // Out of view again, another change; printing draws it at once.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Expect(chart).Not.ToBeInViewportAsync();
        await TwoFramesAsync(page);
        var second = first + 1;
        var afterSecond = await BaDinhAverageAfterAsync(today, assignment.AssignmentId, second, cancellation);
        await SaveAndWaitForTheRefreshAsync(chart, assignment.AssignmentId, second, cancellation);
        Assert.Equal(afterFirst, await page.EvaluateAsync<double>(ReadBaDinh, new { name = DistrictChart, label = BaDinh }), precision: 9);
        var printed = await page.EvaluateAsync<double>(
            $"arg => {{ window.dispatchEvent(new Event('beforeprint')); return ({ReadBaDinh})(arg); }}",
            new { name = DistrictChart, label = BaDinh });
        Assert.Equal(afterSecond, printed, precision: 9);
    }

    private static ILocator Chart(IPage page, string name) => page.Locator($"canvas[aria-label=\"{name}\"]");

    /// <summary>Whether the element is more than the charts' 200 px margin below the view (where it is not drawn again).</summary>
    private static Task<bool> FarFromViewAsync(ILocator element) =>
        element.EvaluateAsync<bool>("element => element.getBoundingClientRect().top > window.innerHeight + 200");

    /// <summary>
    /// Saves the assignment in progress at <paramref name="progress"/> and waits until the chart's canvas has the spec the
    /// refresh brings (the page has the change) and the page has drawn two frames since, where a chart in view would have
    /// drawn it.
    /// </summary>
    private async Task SaveAndWaitForTheRefreshAsync(ILocator chart, int assignmentId, int progress, CancellationToken cancellation)
    {
        var before = await chart.GetAttributeAsync("data-spec");
        Assert.IsType<EditOutcome.Saved>(await SaveInProgressAsync(assignmentId, progress, "Progress", cancellation));
        await Expect(chart).Not.ToHaveAttributeAsync("data-spec", before ?? "", new() { Timeout = (float)Bound.TotalMilliseconds });
        await TwoFramesAsync(chart.Page);
    }

    /// <summary>Waits for the page to draw two frames: what it does at the next frame (a chart's drawing, a view change) is done.</summary>
    private static Task TwoFramesAsync(IPage page) =>
        page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))");

    /// <summary>Saves the assignment in progress at <paramref name="progress"/> through the service the edit dialog calls.</summary>
    private async Task<EditOutcome> SaveInProgressAsync(int assignmentId, int progress, string note, CancellationToken cancellation)
    {
        var updates = app.Services.GetRequiredService<AssignmentUpdateService>();
        var current = (await updates.LoadForEditAsync(assignmentId, cancellation))!.Current;
        return await updates.UpdateAsync(
            new AssignmentEdit(assignmentId, current.Version, AssignmentState.InProgress, progress, CompletedOn: null, Note: note),
            await AgencyCallerAsync(),
            cancellationToken: cancellation);
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

    private async Task<AssignmentRow> BaDinhAssignmentAsync(DateOnly asOf, CancellationToken cancellation) =>
        (await BaDinhAssignmentsAsync(asOf, cancellation)).OrderByDescending(r => r.Progress).ThenBy(r => r.TaskNumber).First();

    private async Task<List<AssignmentRow>> BaDinhAssignmentsAsync(DateOnly asOf, CancellationToken cancellation)
    {
        var plan = await PlanAsync(cancellation);
        var rows = await app.Services.GetRequiredService<AssignmentQueries>().ListAsync(new PlanFilter(plan.Id, asOf), cancellation);
        return rows.Where(r => r.UnitCode == "BA-DINH").ToList();
    }

    /// <summary>Ba Dinh's average progress as a fraction once the assignment's progress is <paramref name="progress"/>.</summary>
    private async Task<double> BaDinhAverageAfterAsync(DateOnly asOf, int assignmentId, int progress, CancellationToken cancellation)
    {
        var rows = await BaDinhAssignmentsAsync(asOf, cancellation);
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
