using Microsoft.Playwright;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

/// <summary>
/// The editing screens in Chromium: axe scans of the campaign pages. The edit dialog and the bulk page need a signed-in
/// editor, so their browser tests come with the browser sign-in.
/// </summary>
public sealed class EditingBrowserTests(LiveSteeringApp app, BrowserFixture browser) : IClassFixture<LiveSteeringApp>
{
    [Theory]
    [InlineData("/campaigns", "en-US")]
    [InlineData("/campaigns", "vi-VN")]
    [InlineData("/campaigns/1", "en-US")]
    [InlineData("/campaigns/1", "vi-VN")]
    public async Task ScreenHasNoSeriousAccessibilityViolations(string route, string locale)
    {
        await using var context = await browser.NewContextAsync(app.BaseAddress, locale);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync(route);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table).First).ToBeVisibleAsync();

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }
}
