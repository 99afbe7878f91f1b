using Microsoft.Playwright;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

/// <summary>An axe-core scan of every screen, in both languages, with its data loaded.</summary>
public sealed class AccessibilityBrowserTests(LiveSteeringApp app, BrowserFixture browser) : IClassFixture<LiveSteeringApp>
{
    [Theory]
    [InlineData("/tasks", "en-US")]
    [InlineData("/tasks", "vi-VN")]
    [InlineData("/plan", "en-US")]
    [InlineData("/plan", "vi-VN")]
    [InlineData("/units/BA-DINH", "en-US")]
    [InlineData("/units/POLICE", "vi-VN")]
    [InlineData("/units/NO-SUCH-UNIT", "en-US")]
    public async Task ScreenHasNoSeriousAccessibilityViolations(string route, string locale)
    {
        await using var context = await app.NewSignedInContextAsync(browser, locale);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync(route);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task TheDashboardsTableAlternativeHasNoSeriousAccessibilityViolations()
    {
        await using var context = await app.NewSignedInContextAsync(browser, "vi-VN");
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/");

        foreach (var toggle in await page.Locator(".chart-card button[aria-pressed]").AllAsync())
        {
            await toggle.ClickAsync();
        }

        await Expect(page.Locator(".chart-card table")).ToHaveCountAsync(4);
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }
}
