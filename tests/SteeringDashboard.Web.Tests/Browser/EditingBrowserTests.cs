using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

/// <summary>
/// The editing screens in Chromium: the edit dialog used by keyboard and checked by axe, two people editing one assignment
/// at once, and axe scans of the bulk and campaign pages.
/// </summary>
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

    [Fact]
    public async Task TwoPeopleEditingOneAssignmentTheFirstSeesTheOthersSaveAtOnceAndItsConflictNamesOnlyTheChangedField()
    {
        var cancellation = Xunit.TestContext.Current.CancellationToken;
        var assignment = await MyDucAssignmentInProgressAsync(cancellation);
        await using var agency = await app.NewSignedInContextAsync(browser, "en-US");
        await using var reporter = await app.NewSignedInContextAsync(browser, "en-US", SteeringRole.UnitReporter, assignment.UnitId);
        var agencyDialog = await OpenEditDialogAsync(await agency.NewPageAsync(), assignment);
        var reporterDialog = await OpenEditDialogAsync(await reporter.NewPageAsync(), assignment);

        await reporterDialog.GetByLabel("Progress (%)").FillAsync((assignment.Progress + 5).ToString(CultureInfo.InvariantCulture));
        await reporterDialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(reporterDialog).ToBeHiddenAsync();

        var saved = (await app.Services.GetRequiredService<AssignmentUpdateService>().HistoryAsync(assignment.Id, cancellation))[0];
        var savedAt = HanoiTime.ToHanoi(saved.ChangedAtUtc);
        await Expect(agencyDialog.GetByRole(AriaRole.Status)).ToHaveTextAsync(
            $"Saved by Test UnitReporter at {savedAt.ToString("HH:mm", CultureInfo.InvariantCulture)} just now; your save will be checked against it.");

        await agencyDialog.GetByLabel("Note").FillAsync("Checked with the district");
        await agencyDialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var conflict = agencyDialog.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Someone else saved this assignment" });
        await Expect(conflict.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(
        [
            $"Progress: {assignment.Progress}% → {assignment.Progress + 5}%",
            $"Saved by Test UnitReporter at {savedAt.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)} (Ha Noi time).",
        ]);
        await Expect(agencyDialog.GetByLabel("Note")).ToHaveValueAsync("Checked with the district");
    }

    private static async Task<ILocator> OpenEditDialogAsync(IPage page, UnitAssignment assignment)
    {
        await page.GotoInteractiveAsync($"/units/{assignment.UnitCode}");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit task {assignment.Task} for {assignment.UnitName}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = $"Update task {assignment.Task} · {assignment.UnitName}" });
        await Expect(dialog).ToBeVisibleAsync();
        return dialog;
    }

    /// <summary>An assignment of My Duc (behind in the demo data, so with tasks still in progress) below 95 %.</summary>
    private async Task<UnitAssignment> MyDucAssignmentInProgressAsync(CancellationToken cancellation)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(cancellation);
        return await db.Assignments
            .Where(a => a.Unit!.Code == "MY-DUC" && a.State == AssignmentState.InProgress && a.Progress < 95)
            .OrderBy(a => a.PlanTask!.Number)
            .Select(a => new UnitAssignment(a.Id, a.PlanTask!.Number, a.UnitId, a.Unit!.Code, a.Unit.NameEn, a.Progress))
            .FirstAsync(cancellation);
    }

    private sealed record UnitAssignment(int Id, int Task, int UnitId, string UnitCode, string UnitName, int Progress);
}
