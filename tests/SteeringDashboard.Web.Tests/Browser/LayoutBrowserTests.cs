using Microsoft.Playwright;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

public sealed class LayoutBrowserTests(LiveSteeringApp app, BrowserFixture browser) : IClassFixture<LiveSteeringApp>
{
    [Fact]
    public async Task HomePageLoadsWithTheDemoDataNotice()
    {
        await using var context = await app.NewSignedInContextAsync(browser, locale: "en-US");
        var page = await context.NewPageAsync();

        await page.GotoInteractiveAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main).GetByText("Demo data:")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("generated demo data, not official figures");
    }

    [Theory]
    [InlineData("vi-VN", "Điều hướng chính", "Nhiệm vụ", "English", "Main navigation", "Tasks", "en")]
    [InlineData("en-US", "Main navigation", "Tasks", "Tiếng Việt", "Điều hướng chính", "Nhiệm vụ", "vi")]
    public async Task LanguageSwitchChangesTheLayoutAndSurvivesAReload(
        string browserLocale, string navBefore, string tasksBefore, string switchTo, string navAfter, string tasksAfter, string langAfter)
    {
        await using var context = await app.NewSignedInContextAsync(browser, browserLocale);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/");
        await Expect(TasksLink(page, navBefore, tasksBefore)).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = switchTo }).ClickAsync();

        await Expect(TasksLink(page, navAfter, tasksAfter)).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", langAfter);
        Assert.Equal(app.BaseAddress, new Uri(page.Url));

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Expect(TasksLink(page, navAfter, tasksAfter)).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", langAfter);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("vi-VN")]
    public async Task HomePageHasNoSeriousAccessibilityViolations(string browserLocale)
    {
        await using var context = await app.NewSignedInContextAsync(browser, browserLocale);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/");

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    private static ILocator TasksLink(IPage page, string navigationName, string tasksName) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = navigationName })
            .GetByRole(AriaRole.Link, new() { Name = tasksName, Exact = true });
}
