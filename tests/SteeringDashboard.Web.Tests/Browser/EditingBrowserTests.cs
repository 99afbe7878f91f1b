using Microsoft.Playwright;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

/// <summary>The editing screens in Chromium: the edit dialog used by keyboard and checked by axe, and axe scans of the bulk and campaign pages.</summary>
public sealed class EditingBrowserTests(LiveSteeringApp app, BrowserFixture browser) : IClassFixture<LiveSteeringApp>
{
    [Theory]
    [InlineData("/tasks/bulk?task=11", "en-US")]
    [InlineData("/tasks/bulk?task=11", "vi-VN")]
    [InlineData("/campaigns", "en-US")]
    [InlineData("/campaigns", "vi-VN")]
    [InlineData("/campaigns/1", "en-US")]
    [InlineData("/campaigns/1", "vi-VN")]
    public async Task ScreenHasNoSeriousAccessibilityViolations(string route, string locale)
    {
        await using var context = await app.NewSignedInContextAsync(browser, locale);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync(route);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table).First).ToBeVisibleAsync();

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task TheEditDialogShowsTheRulesMessageThenSavesWithItsErrorsAndControlsAccessible()
    {
        await using var context = await app.NewSignedInContextAsync(browser, "en-US");
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/units/BA-DINH");

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit task 12 for Ba Dinh District" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Update task 12 · Ba Dinh District" });
        await Expect(dialog).ToBeVisibleAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await dialog.GetByRole(AriaRole.Radio, new() { Name = "In progress" }).CheckAsync();
        await dialog.GetByLabel("Completed on").FillAsync("");
        await dialog.GetByLabel("Progress (%)").FillAsync("150");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog.GetByLabel("Progress (%)")).ToHaveAccessibleDescriptionAsync("Progress must be a whole number from 0 to 100.");
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await dialog.GetByLabel("Progress (%)").FillAsync("70");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.GetByText("Saved: task 12 for Ba Dinh District.")).ToBeVisibleAsync();
    }
}
