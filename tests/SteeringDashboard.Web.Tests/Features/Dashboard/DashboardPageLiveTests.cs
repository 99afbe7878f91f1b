using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Components.Charts;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Dashboard;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Dashboard;

/// <summary>
/// Many open dashboards cost one computation per selection and per change that concerns it (<see cref="DashboardResults"/>),
/// while each reader still sees the figures as their own disclosure allows.
/// </summary>
public sealed class DashboardPageLiveTests : BunitContext
{
    /// <summary>Ha Noi 10:00 on 4 May 2026: "today" for these tests.</summary>
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 3, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly Today = HanoiTime.DateOf(Now.UtcDateTime);

    private static readonly DateOnly ReviewDate = new(2018, 7, 10);

    /// <summary>A computation on the seeded store shares two busy cores with the rest of the suite.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly TemporaryDatabase _database = new();

    // Each computation of the dashboard runs the trend query once and the headline query once.
    private readonly QueryProbe _trend = new("json_each(@dates)");
    private readonly QueryProbe _headlines = new("IsHeadline = TRUE");

    public DashboardPageLiveTests()
    {
        this.AddSteeringDefaults();
        JSInterop.SetupModule(ChartCanvas.ModulePath);
    }

    private ChangeNotifier Notifier => Services.GetRequiredService<ChangeNotifier>();

    [Fact]
    public async Task FiveDashboardsOpeningAtOnceAndReloadingForAChangeComputeItOnceEachTime()
    {
        using var culture = CultureScope.Use("en-US");
        var plan = await UseDatabaseAsync();
        Render<MudPopoverProvider>();

        var held = _trend.HoldNext();
        var pages = Enumerable.Range(0, 5).Select(_ => Open(plan, Today)).ToList();
        await held.WaitAsync(Timeout, Xunit.TestContext.Current.CancellationToken);
        _trend.Release();
        pages.ForEach(WaitForData);
        Assert.Equal(1, _trend.Count);

        await Notifier.Publish(Change(plan.Id, Now, "Ba Dinh reporter"));

        Assert.All(pages, page => page.WaitForAssertion(() => Assert.Contains("after a change by Ba Dinh reporter", RefreshStatus(page)), Timeout));
        Assert.Equal(2, _trend.Count);
    }

    [Fact]
    public async Task ADashboardAsOfAPastDateIsNotComputedAgainForAChangeSavedToday()
    {
        using var culture = CultureScope.Use("en-US");
        var plan = await UseDatabaseAsync();
        Render<MudPopoverProvider>();
        var past = Open(plan, ReviewDate);
        var today = Open(plan, Today);
        WaitForData(past);
        WaitForData(today);
        Assert.Equal(2, _trend.Count);

        await Notifier.Publish(Change(plan.Id, Now, "Today's reporter"));
        today.WaitForAssertion(() => Assert.Contains("after a change by Today's reporter", RefreshStatus(today)), Timeout);
        var pastAgain = Open(plan, ReviewDate);
        WaitForData(pastAgain);

        Assert.Equal(3, _trend.Count);
        Assert.DoesNotContain("Today's reporter", RefreshStatus(past), StringComparison.Ordinal);
        Assert.Equal(KpiValues(past), KpiValues(pastAgain));
    }

    [Fact]
    public async Task ChangesThatDoNotConcernADashboardLeaveItsAnswerShared()
    {
        using var culture = CultureScope.Use("en-US");
        var plan = await UseDatabaseAsync();
        Render<MudPopoverProvider>();
        WaitForData(Open(plan, Today));

        await Notifier.Publish(Change(plan.Id + 1, Now, "Another plan"));
        await Notifier.Publish(new DataChange(ChangeKind.Report, plan.Id, [1], Now.UtcDateTime, "A report"));
        await Notifier.Publish(new DataChange(ChangeKind.Conference, plan.Id, [], Now.UtcDateTime, "The secretariat"));
        WaitForData(Open(plan, Today));

        Assert.Equal(1, _trend.Count);
    }

    [Fact]
    public async Task TwoReadersOfOneSharedDashboardEachSeeTheVictimTotalAsTheirDisclosureAllows()
    {
        using var culture = CultureScope.Use("en-US");
        var plan = await UseDatabaseAsync();
        Render<MudPopoverProvider>();

        this.SignInAs(new Actor("user-1", "secretary", "Secretary", SteeringRole.Secretariat, null));
        var secretariat = Open(plan, ReviewDate);
        WaitForData(secretariat);
        this.SignInAs(new Actor("user-2", "member", "Member", SteeringRole.CommitteeMember, null));
        var member = Open(plan, ReviewDate);
        WaitForData(member);

        Assert.Equal(1, _headlines.Count);
        var data = await Services.GetRequiredService<DashboardQueries>().LoadAsync(new PlanFilter(plan.Id, ReviewDate), Xunit.TestContext.Current.CancellationToken);
        var victims = data!.Headlines.Single(h => h.IsSensitive);
        Assert.NotEmpty(victims.Value.SmallFigureUnits!);
        Assert.Equal("hidden", VictimCard(secretariat, victims.NameEn));
        Assert.Equal(victims.Value.Value.ToString("N0", CultureInfo.CurrentCulture), VictimCard(member, victims.NameEn));
    }

    [Fact]
    public async Task ASavedProgressRendersAgainOnlyThePartsOfTheDashboardItAlters()
    {
        using var culture = CultureScope.Use("en-US");
        var plan = await UseDatabaseAsync();
        Render<MudPopoverProvider>();
        var page = Open(plan, Today);
        WaitForData(page);
        var filterBar = page.FindComponent<PlanSelectionBar>();
        var headlineCards = page.FindComponents<KpiCard>().Where(card => card.Instance.Change is not null).ToList();
        var districtChart = ChartCardTitled(page, "Average progress per district");
        var statusChart = ChartCardTitled(page, "Review status per unit");
        var renders = (FilterBar: filterBar.RenderCount, Headlines: headlineCards.Sum(card => card.RenderCount), District: districtChart.RenderCount, Status: statusChart.RenderCount);
        var averageBefore = KpiValues(page)[3];
        Assert.NotEmpty(headlineCards);

        // A district's assignment still in progress moves: the district's average and the plan's move, no review status
        // changes, no figure changes.
        var rows = await Services.GetRequiredService<AssignmentQueries>().ListAsync(new PlanFilter(plan.Id, Today), Xunit.TestContext.Current.CancellationToken);
        var row = rows.First(r => r.UnitKind.IsDistrictLevel() && r.State == AssignmentState.InProgress);
        Assert.IsType<EditOutcome.Saved>(await SaveProgressAsync(row.AssignmentId, row.Progress < 50 ? 90 : 10, "A district reporter"));

        page.WaitForAssertion(() => Assert.Contains("after a change by A district reporter", RefreshStatus(page)), Timeout);
        // The chart card may render in a batch of its own after the refresh line: wait for it, then count the others.
        page.WaitForAssertion(() => Assert.True(districtChart.RenderCount > renders.District, "The district chart shows the district's new average."), Timeout);
        Assert.NotEqual(averageBefore, KpiValues(page)[3]);
        Assert.Equal(renders.FilterBar, filterBar.RenderCount);
        Assert.Equal(renders.Headlines, headlineCards.Sum(card => card.RenderCount));
        Assert.Equal(renders.Status, statusChart.RenderCount);
    }

    private async Task<PlanSummary> UseDatabaseAsync()
    {
        await this.UseSteeringDatabaseAsync(_database, new SeedOptions(), new FixedClock(Now), _trend, _headlines);
        return Assert.Single(await Services.GetRequiredService<PlanQueries>().ListAsync(Xunit.TestContext.Current.CancellationToken));
    }

    /// <summary>Opens a dashboard (without waiting for its data, so that several can ask at once).</summary>
    private IRenderedComponent<DashboardPage> Open(PlanSummary plan, DateOnly asOf)
    {
        Services.GetRequiredService<NavigationManager>()
            .NavigateTo($"/?plan={plan.Id}&asof={asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        return Render<DashboardPage>();
    }

    private async Task<EditOutcome> SaveProgressAsync(int assignmentId, int progress, string changedBy)
    {
        var updates = Services.GetRequiredService<AssignmentUpdateService>();
        var current = (await updates.LoadForEditAsync(assignmentId, Xunit.TestContext.Current.CancellationToken))!.Current;
        var edit = new AssignmentEdit(assignmentId, current.Version, AssignmentState.InProgress, progress, CompletedOn: null, Note: "Live test");
        var account = await TestAccounts.CreateAsync(
            Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>(), SteeringRole.StandingAgency, displayName: changedBy);
        return await updates.UpdateAsync(edit, new Caller(account.UserId), cancellationToken: Xunit.TestContext.Current.CancellationToken);
    }

    private static IRenderedComponent<ChartCard> ChartCardTitled(IRenderedComponent<DashboardPage> page, string title) =>
        page.FindComponents<ChartCard>().Single(card => card.Instance.Title == title);

    private static void WaitForData(IRenderedComponent<DashboardPage> page) =>
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=refresh-status]")), Timeout);

    private static DataChange Change(int planId, DateTimeOffset at, string changedBy) =>
        new(ChangeKind.Assignment, planId, [1], at.UtcDateTime, changedBy);

    private static string RefreshStatus(IRenderedComponent<DashboardPage> page) => page.Find("[data-testid=refresh-status]").TextContent;

    private static List<string> KpiValues(IRenderedComponent<DashboardPage> page) =>
        [.. page.FindAll(".kpi-card .kpi-value").Select(v => v.TextContent.Trim())];

    private static string VictimCard(IRenderedComponent<DashboardPage> page, string name) =>
        page.FindAll(".kpi-card").Single(c => c.QuerySelector("h3")!.TextContent.Trim() == name).QuerySelector(".kpi-value")!.TextContent.Trim();

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }
}
