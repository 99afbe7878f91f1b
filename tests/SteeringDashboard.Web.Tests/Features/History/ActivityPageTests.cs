using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Web.Features.History;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.History;

public sealed class ActivityPageTests : DatabasePageContext
{
    /// <summary>Ha Noi 14:20 on 4 May 2026.</summary>
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 7, 20, 0, TimeSpan.Zero);

    private readonly FixedClock _clock = new(Now);

    [Fact]
    public async Task ListsThePlansLatestFiftyChangesNewestFirst()
    {
        using var culture = CultureScope.Use("vi-VN");
        await UseDatabaseAsync(clock: _clock);
        var plan = await PlanAsync();
        var latest = await Services.GetRequiredService<ActivityQueries>().LatestAsync(plan.Id, ActivityPage.Count, Cancellation);

        var page = await RenderActivityAsync();

        var rows = Rows(page);
        Assert.Equal(ActivityPage.Count, rows.Count);
        Assert.Equal(latest.Select(i => HanoiTime.ToHanoi(i.Change.ChangedAtUtc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)), rows.Select(r => Cell(r, 0)));
        Assert.Equal(latest.Select(i => $"Nhiệm vụ {i.TaskNumber}"), rows.Select(r => Cell(r, 2)));
        var first = latest[0];
        Assert.Equal($"/assignments/{first.Change.AssignmentId}?plan={plan.Id}&asof={HanoiTime.DateOf(Now.UtcDateTime):yyyy-MM-dd}", rows[0].QuerySelectorAll("td")[2].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(
            $"/units/{first.Unit.Code}?plan={plan.Id}&asof={HanoiTime.DateOf(first.Change.ChangedAtUtc):yyyy-MM-dd}",
            rows[0].QuerySelectorAll("td")[3].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ASavedChangeAppearsAtTheTopWithoutAReload()
    {
        using var culture = CultureScope.Use("en-US");
        await UseDatabaseAsync(clock: _clock);
        var plan = await PlanAsync();
        var assignment = (await Services.GetRequiredService<AssignmentQueries>().ListAsync(new PlanFilter(plan.Id, HanoiTime.DateOf(Now.UtcDateTime)), Cancellation))
            .First(a => a.UnitCode == "SOC-SON");
        var page = await RenderActivityAsync();

        var outcome = await SaveAssignmentAsync(assignment.AssignmentId, AssignmentState.InProgress, 35, "Reported by phone", "Hoang Thu Ha");
        Assert.IsType<EditOutcome.Saved>(outcome);

        page.WaitForAssertion(() =>
        {
            var top = Rows(page)[0];
            Assert.Equal([HanoiTime.ToHanoi(Now.UtcDateTime).ToString("g", CultureInfo.CurrentCulture), "Hoang Thu Ha", $"Task {assignment.TaskNumber}", "Soc Son District"], Enumerable.Range(0, 4).Select(i => Cell(top, i)));
            Assert.Equal("Reported by phone", Cell(top, 7));
        });
        Assert.Equal(ActivityPage.Count, Rows(page).Count);
    }

    private async Task<IRenderedComponent<ActivityPage>> RenderActivityAsync()
    {
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/activity");
        var page = Render<ActivityPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(Rows(page)), TimeSpan.FromSeconds(10));
        return page;
    }

    private static IReadOnlyList<IElement> Rows(IRenderedComponent<ActivityPage> page) => page.FindAll("tbody tr");

    private static string Cell(IElement row, int index) => row.QuerySelectorAll("td")[index].TextContent.Trim();
}
