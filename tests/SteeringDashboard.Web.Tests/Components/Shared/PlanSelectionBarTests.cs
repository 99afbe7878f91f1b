using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Shared;

/// <summary>The as-of date against today: live edits are dated today, so a past view says it leaves them out and offers today.</summary>
public sealed class PlanSelectionBarTests : SeededPageContext, IClassFixture<SeededDatabase>
{
    /// <summary>Ha Noi 06:00 on 4 May 2026 (still 3 May in UTC).</summary>
    private static readonly DateTimeOffset Now = new(2026, 5, 3, 23, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly Today = new(2026, 5, 4);

    public PlanSelectionBarTests(SeededDatabase database)
        : base(database)
    {
        Services.AddSingleton<TimeProvider>(new FixedClock(Now));
    }

    [Fact]
    public async Task APastDateSaysLaterChangesAreLeftOutAndTodayOpensTheSameSelectionAsOfToday()
    {
        using var culture = CultureScope.Use("vi-VN");
        var plan = await PlanAsync();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo($"/tasks?plan={plan.Id}&asof=2018-07-10&kind=Town");

        var bar = RenderBar(new PlanSelection(plan, plan.ReviewAsOf, Kind: Core.Units.UnitKind.Town));

        Assert.Contains("Đang hiển thị tình hình tại ngày 10/07/2018; các thay đổi sau ngày này không được tính.",
            bar.Find("[data-testid=past-as-of]").TextContent, StringComparison.Ordinal);
        bar.FindAll("button").Single(b => b.TextContent.Trim() == "Hôm nay").Click();
        Assert.Equal($"http://localhost/tasks?plan={plan.Id}&asof=2026-05-04&kind=Town", navigation.Uri);
    }

    [Fact]
    public async Task TodayNeedsNoHintAndItsButtonIsOff()
    {
        using var culture = CultureScope.Use("en-US");
        var plan = await PlanAsync();

        var bar = RenderBar(new PlanSelection(plan, Today));

        Assert.Empty(bar.FindAll("[data-testid=past-as-of]"));
        Assert.True(bar.FindAll("button").Single(b => b.TextContent.Trim() == "Today").HasAttribute("disabled"));
    }

    [Fact]
    public async Task TheAsOfDateMayBeAnyDayUpToTodayEvenAfterThePlansPeriod()
    {
        using var culture = CultureScope.Use("en-US");
        var plan = await PlanAsync();

        var picker = RenderBar(new PlanSelection(plan, plan.ReviewAsOf)).FindComponent<MudDatePicker>().Instance;

        Assert.True(plan.PeriodEnd < Today);
        Assert.Equal(Today.ToDateTime(TimeOnly.MinValue), picker.GetState(x => x.MaxDate));
        Assert.Equal(plan.PeriodStart.ToDateTime(TimeOnly.MinValue), picker.GetState(x => x.MinDate));
    }

    private IRenderedComponent<PlanSelectionBar> RenderBar(PlanSelection selection)
    {
        Render<MudPopoverProvider>();
        return Render<PlanSelectionBar>(p => p
            .Add(x => x.Plans, [selection.Plan])
            .Add(x => x.Value, selection));
    }
}
