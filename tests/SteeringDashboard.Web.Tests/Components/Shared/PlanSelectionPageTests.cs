using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Units;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Shared;

/// <summary>
/// The live side of every screen, through the unit page: it subscribes while open, reloads for the changes that concern it
/// (its unit, on or before its as-of date), coalesces bursts, and leaves no subscription behind.
/// </summary>
public sealed class PlanSelectionPageTests : DatabasePageContext
{
    /// <summary>Ha Noi 10:00 on 4 May 2026: "today" for these tests.</summary>
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 3, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly Today = HanoiTime.DateOf(Now.UtcDateTime);

    /// <summary>A reload runs the unit page's queries on the seeded store: on two busy cores (the whole suite) that can outlast bunit's default wait.</summary>
    private static readonly TimeSpan ReloadTimeout = TimeSpan.FromSeconds(10);

    private readonly FixedClock _clock = new(Now);

    // The unit page's monthly figures query runs once per load of the page.
    private readonly QueryProbe _unitLoads = new("FROM IndicatorValues");

    private ChangeNotifier Notifier => Services.GetRequiredService<ChangeNotifier>();

    [Fact]
    public async Task SubscribesWhileOpenAndLeavesNoSubscriptionWhenDisposed()
    {
        using var culture = CultureScope.Use("en-US");
        await UseDatabaseAsync(clock: _clock);
        var before = Notifier.SubscriberCount;

        await RenderUnitAsync("BA-DINH", Today);
        Assert.Equal(before + 1, Notifier.SubscriberCount);

        await DisposeComponentsAsync();

        Assert.Equal(before, Notifier.SubscriberCount);
    }

    [Fact]
    public async Task AnEditSavedElsewhereShowsOnTheOpenPageWithItsAuthor()
    {
        using var culture = CultureScope.Use("en-US");
        await UseDatabaseAsync(clock: _clock);
        var page = await RenderUnitAsync("BA-DINH", Today);
        var before = AverageProgress(page).TextContent.Trim();
        var assignment = (await UnitAsync("BA-DINH", Today)).Assignments.First(a => a.Progress > 40);

        _clock.Now = Now.AddMinutes(5);
        var outcome = await SaveAssignmentAsync(assignment.AssignmentId, AssignmentState.InProgress, 40, "Live test", "Nguyễn Văn An");

        Assert.IsType<EditOutcome.Saved>(outcome);
        var expected = Percent((await UnitAsync("BA-DINH", Today)).Progress.AverageProgress);
        Assert.NotEqual(before, expected);
        page.WaitForAssertion(() =>
        {
            Assert.Equal(expected, AverageProgress(page).TextContent.Trim());
            Assert.Contains("value-changed", AverageProgress(page).ClassList);
            Assert.Equal("Refreshed at 10:05:00 on 04/05/2026 after a change by Nguyễn Văn An", page.Find("[data-testid=refresh-status]").TextContent.Trim());
        }, ReloadTimeout);
        var row = page.FindAll("section[aria-labelledby=unit-assignments-heading] tbody tr")
            .Single(r => r.QuerySelector("td")!.TextContent.Trim() == assignment.TaskNumber.ToString(CultureInfo.InvariantCulture));
        Assert.Contains("40%", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChangeOfAnotherUnitDoesNotReloadTheUnitPage()
    {
        using var culture = CultureScope.Use("en-US");
        await UseDatabaseAsync(new SeedOptions(), _clock, _unitLoads);
        var plan = await PlanAsync();
        var (baDinh, hoanKiem) = (await UnitIdAsync("BA-DINH"), await UnitIdAsync("HOAN-KIEM"));
        var page = await RenderUnitAsync("BA-DINH", Today);
        var loads = _unitLoads.Count;

        await Notifier.Publish(Change(plan.Id, hoanKiem, Now, "Other district"));
        await Notifier.Publish(Change(plan.Id, baDinh, Now, "Ba Dinh reporter"));

        page.WaitForAssertion(() => Assert.Contains("after a change by Ba Dinh reporter", RefreshStatus(page)), ReloadTimeout);
        Assert.Equal(loads + 1, _unitLoads.Count);
    }

    [Fact]
    public async Task AViewAsOfAPastDateIgnoresChangesMadeAfterIt()
    {
        using var culture = CultureScope.Use("en-US");
        await UseDatabaseAsync(new SeedOptions(), _clock, _unitLoads);
        var asOf = new DateOnly(2018, 7, 10);
        var plan = await PlanAsync();
        var unitId = await UnitIdAsync("BA-DINH");
        var page = await RenderUnitAsync("BA-DINH", asOf);
        var loads = _unitLoads.Count;

        // Saved today: after the view's date, so not part of what it shows.
        await Notifier.Publish(Change(plan.Id, unitId, Now, "Today's reporter"));
        // Saved on the last instant of the as-of day in Ha Noi (16:59:59 UTC): part of it.
        await Notifier.Publish(Change(plan.Id, unitId, new DateTimeOffset(2018, 7, 10, 16, 59, 59, TimeSpan.Zero), "Same-day reporter"));

        page.WaitForAssertion(() => Assert.Contains("after a change by Same-day reporter", RefreshStatus(page)), ReloadTimeout);
        Assert.Equal(loads + 1, _unitLoads.Count);
    }

    [Fact]
    public async Task ACatchUpAfterLosingTheOtherInstancesReloadsEvenAPastViewAndNamesNobody()
    {
        using var culture = CultureScope.Use("en-US");
        await UseDatabaseAsync(new SeedOptions(), _clock, _unitLoads);
        var page = await RenderUnitAsync("BA-DINH", new DateOnly(2018, 7, 10));
        var loads = _unitLoads.Count;

        // Another instance's changes were missed while the connection to them was down: any of them may concern this view.
        await Notifier.PublishFromElsewhere(DataChange.CatchUp(Now.UtcDateTime));

        page.WaitForAssertion(() => Assert.Equal(loads + 1, _unitLoads.Count), ReloadTimeout);
        page.WaitForAssertion(() => Assert.Equal("Refreshed at 10:00:00 on 04/05/2026", RefreshStatus(page)), ReloadTimeout);
    }

    [Fact]
    public async Task ChangesArrivingDuringAReloadCauseOneMoreReloadNotOneEach()
    {
        using var culture = CultureScope.Use("en-US");
        var (planId, unitId, page, loads) = await OpenBaDinhWatchedAsync();

        var held = _unitLoads.HoldNext();
        await Notifier.Publish(Change(planId, unitId, Now, "First"));
        await held.WaitAsync(TimeSpan.FromSeconds(10), Cancellation);
        foreach (var author in new[] { "Second", "Third", "Fourth", "Fifth" })
        {
            await Notifier.Publish(Change(planId, unitId, Now, author));
        }

        _unitLoads.Release();

        page.WaitForAssertion(() => Assert.Contains("after a change by Fifth", RefreshStatus(page)), ReloadTimeout);
        Assert.Equal(loads + 2, _unitLoads.Count);
    }

    [Fact]
    public async Task AChangeOfAnotherPlanIsIgnored()
    {
        using var culture = CultureScope.Use("en-US");
        var (planId, unitId, page, loads) = await OpenBaDinhWatchedAsync();

        await Notifier.Publish(Change(planId + 1, unitId, Now, "Another plan"));
        await Notifier.Publish(Change(planId, unitId, Now, "This plan"));

        page.WaitForAssertion(() => Assert.Contains("after a change by This plan", RefreshStatus(page)), ReloadTimeout);
        Assert.Equal(loads + 1, _unitLoads.Count);
    }

    [Fact]
    public async Task AChangeSavedInAnotherLanguageRefreshesThePageInItsOwn()
    {
        using var culture = CultureScope.Use("vi-VN");
        await UseDatabaseAsync(clock: _clock);
        var plan = await PlanAsync();
        var unitId = await UnitIdAsync("BA-DINH");
        var page = await RenderUnitAsync("BA-DINH", Today);

        using (CultureScope.Use("en-US"))
        {
            await Notifier.Publish(Change(plan.Id, unitId, Now, "An English user"));
        }

        page.WaitForAssertion(() => Assert.Equal("Cập nhật lúc 10:00:00 ngày 04/05/2026 sau thay đổi của An English user", RefreshStatus(page).Trim()), ReloadTimeout);
        Assert.Contains("Tiến độ tính đến ngày 04/05/2026", page.Find("#unit-summary-heading").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageWhoseBrowserIsGoneDoesNoWorkForChangesAndCatchesUpOnceWhenItComesBack()
    {
        using var culture = CultureScope.Use("en-US");
        var (planId, unitId, page, loads) = await OpenBaDinhWatchedAsync();
        var connection = Services.GetRequiredService<CircuitConnection>();

        connection.Down();
        foreach (var author in new[] { "First", "Second", "Third" })
        {
            await Notifier.Publish(Change(planId, unitId, Now, author));
        }

        Assert.DoesNotContain("after a change", RefreshStatus(page), StringComparison.Ordinal);
        connection.Up();

        page.WaitForAssertion(() => Assert.Contains("after a change by Third", RefreshStatus(page)), ReloadTimeout);
        Assert.Equal(loads + 1, _unitLoads.Count);
    }

    [Fact]
    public async Task APageWhoseBrowserCameBackWithoutAnyChangeMeanwhileDoesNotReload()
    {
        using var culture = CultureScope.Use("en-US");
        var (planId, unitId, page, loads) = await OpenBaDinhWatchedAsync();
        var connection = Services.GetRequiredService<CircuitConnection>();

        connection.Down();
        connection.Up();
        await Notifier.Publish(Change(planId, unitId, Now, "After the return"));

        page.WaitForAssertion(() => Assert.Contains("after a change by After the return", RefreshStatus(page)), ReloadTimeout);
        Assert.Equal(loads + 1, _unitLoads.Count);
    }

    /// <summary>Ba Dinh's page open on today over the demo data, with the unit page's loads counted from here on.</summary>
    private async Task<(int PlanId, int UnitId, IRenderedComponent<UnitPage> Page, int Loads)> OpenBaDinhWatchedAsync()
    {
        await UseDatabaseAsync(new SeedOptions(), _clock, _unitLoads);
        var plan = await PlanAsync();
        var unitId = await UnitIdAsync("BA-DINH");
        var page = await RenderUnitAsync("BA-DINH", Today);
        return (plan.Id, unitId, page, _unitLoads.Count);
    }

    private async Task<IRenderedComponent<UnitPage>> RenderUnitAsync(string code, DateOnly asOf)
    {
        var plan = await PlanAsync();
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>()
            .NavigateTo($"/units/{code}?plan={plan.Id}&asof={asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        var page = Render<UnitPage>(parameters => parameters.Add(p => p.Code, code));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=refresh-status]")), TimeSpan.FromSeconds(10));
        return page;
    }

    private async Task<UnitDetail> UnitAsync(string code, DateOnly asOf) =>
        (await Services.GetRequiredService<UnitQueries>().LoadAsync((await PlanAsync()).Id, code, asOf, Cancellation))!;

    /// <summary>Read before the page opens: it runs the unit page's queries, which the probe counts.</summary>
    private async Task<int> UnitIdAsync(string code) => (await UnitAsync(code, Today)).Unit.Id;

    private static DataChange Change(int planId, int unitId, DateTimeOffset at, string changedBy) =>
        new(ChangeKind.Assignment, planId, [unitId], at.UtcDateTime, changedBy);

    private static string Percent(double? average) => ((average ?? 0) / 100).ToString("P1", CultureInfo.CurrentCulture);

    /// <summary>The highlighted span inside the average progress card of the unit's summary.</summary>
    private static IElement AverageProgress(IRenderedComponent<UnitPage> page) =>
        page.FindAll("section[aria-labelledby=unit-summary-heading] .mud-paper")
            .Single(card => card.QuerySelector("p")!.TextContent.Trim() == "Average progress")
            .QuerySelectorAll("p")[1].QuerySelector("span")!;

    private static string RefreshStatus(IRenderedComponent<UnitPage> page) => page.Find("[data-testid=refresh-status]").TextContent;
}
