using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

/// <summary>An axe-core scan of an assignment's history and of the activity feed, in both languages, with their data loaded.</summary>
public sealed class HistoryBrowserTests(LiveSteeringApp app, BrowserFixture browser) : IClassFixture<LiveSteeringApp>
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("vi-VN")]
    public async Task TheActivityFeedHasNoSeriousAccessibilityViolations(string locale)
    {
        await using var context = await app.NewSignedInContextAsync(browser, locale);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/activity");
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(50);

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("vi-VN")]
    public async Task AnAssignmentsHistoryHasNoSeriousAccessibilityViolations(string locale)
    {
        await using var context = await app.NewSignedInContextAsync(browser, locale);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync($"/assignments/{await BaDinhAssignmentIdAsync()}");
        await Expect(page.Locator("section[aria-labelledby=history-heading] tbody tr").First).ToBeVisibleAsync();

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    private async Task<int> BaDinhAssignmentIdAsync()
    {
        var cancellation = Xunit.TestContext.Current.CancellationToken;
        var plan = Assert.Single(await app.Services.GetRequiredService<PlanQueries>().ListAsync(cancellation));
        var rows = await app.Services.GetRequiredService<AssignmentQueries>().ListAsync(new PlanFilter(plan.Id, plan.ReviewAsOf), cancellation);
        return rows.First(r => r.UnitCode == "BA-DINH").AssignmentId;
    }
}
