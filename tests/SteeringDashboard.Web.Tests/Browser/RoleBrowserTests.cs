using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Seed;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

/// <summary>
/// Each demo account of the README signs in through the form in Chromium and finds what its role may do: edit controls on
/// the units it may update and nowhere else, the bulk update and the administration screens only for the roles that have them.
/// </summary>
public sealed class RoleBrowserTests(LiveSteeringApp app, BrowserFixture browser) : IClassFixture<LiveSteeringApp>
{
    /// <summary>A unit that none of the demo reporters reports for.</summary>
    private const string OtherUnit = "HOAN-KIEM";

    [Theory]
    [InlineData("committee")]
    [InlineData("secretariat")]
    [InlineData("police")]
    [InlineData("reporter.badinh")]
    [InlineData("reporter.dolisa")]
    [InlineData("admin")]
    public async Task EachDemoAccountSeesWhatItsRoleMayDo(string userName)
    {
        var account = DemoAccounts.All.Single(a => a.UserName == userName);
        await using var context = await browser.NewContextAsync(app.BaseAddress, "en-US");
        var page = await context.NewPageAsync();
        await page.SignInAsync(account.UserName, account.Password, account.AuthenticatorKey);
        await page.GotoInteractiveAsync("/");

        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Signed in as" })).ToContainTextAsync(account.DisplayName);

        if (account.UnitCode is { } ownUnit)
        {
            await page.GotoInteractiveAsync($"/units/{ownUnit}");
            await Expect(EditButtons(page).First).ToBeVisibleAsync();
        }

        var editsEveryUnit = account.Role == SteeringRole.StandingAgency;
        await page.GotoInteractiveAsync($"/units/{OtherUnit}");
        await Expect(page.GetByRole(AriaRole.Table).First).ToBeVisibleAsync();
        if (editsEveryUnit)
        {
            await Expect(EditButtons(page).First).ToBeVisibleAsync();
        }
        else
        {
            await Expect(EditButtons(page)).ToHaveCountAsync(0);
        }

        await page.GotoInteractiveAsync("/tasks");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Bulk update" })).ToHaveCountAsync(editsEveryUnit ? 1 : 0);

        await page.GotoInteractiveAsync("/admin/users");
        if (account.Role == SteeringRole.Administrator)
        {
            await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "reporter.badinh", Exact = true })).ToBeVisibleAsync();
        }
        else
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You may not open this page", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        }

        await page.CloseAsync();
    }

    [Fact]
    public async Task AReporterSavesItsOwnUnitsTaskAndHasNoEditControlForAnotherUnitInTheTasksGrid()
    {
        var reporter = DemoAccounts.All.Single(a => a.UserName == "reporter.badinh");
        await using var context = await browser.NewContextAsync(app.BaseAddress, "en-US");
        var page = await context.NewPageAsync();
        await page.SignInAsync(reporter.UserName, reporter.Password, reporter.AuthenticatorKey);

        await page.GotoInteractiveAsync("/tasks");
        await Expect(EditButtons(page).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Hoan Kiem" }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Edit task \\d+ for (?!Ba Dinh District$)") })).ToHaveCountAsync(0);

        await page.GotoInteractiveAsync("/units/BA-DINH");
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit task 13 for Ba Dinh District" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Radio, new() { Name = "In progress" }).CheckAsync();
        await dialog.GetByLabel("Completed on").FillAsync("");
        await dialog.GetByLabel("Progress (%)").FillAsync("55");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.GetByText("Saved: task 13 for Ba Dinh District.")).ToBeVisibleAsync();

        await page.GotoInteractiveAsync("/activity");
        await Expect(page.GetByText(reporter.DisplayName).First).ToBeVisibleAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task AnEditorDemotedWhileTheDialogIsOpenIsRefusedFromThatCircuitAndTheRefusalIsAuditedWithTheAddress()
    {
        var editor = await app.CreateAccountAsync(SteeringRole.StandingAgency);
        await using var context = await browser.NewContextAsync(app.BaseAddress, "en-US");
        var page = await context.NewPageAsync();
        await page.SignInAsync(editor.UserName, SteeringAppFactory.TestPassword);
        await page.GotoInteractiveAsync("/units/HOAN-KIEM");
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit task 12 for Hoan Kiem District" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Radio, new() { Name = "In progress" }).CheckAsync();
        await dialog.GetByLabel("Completed on").FillAsync("");
        await dialog.GetByLabel("Progress (%)").FillAsync("35");

        var factory = app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await db.UserRoles.Where(r => r.UserId == editor.UserId)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.RoleId, RoleIds.Of(SteeringRole.CommitteeMember)), TestContext.Current.CancellationToken);
        }

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog.GetByText("You may not update this unit's assignments. Nothing was saved.")).ToBeVisibleAsync();
        await using (var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var denial = await db.AuditEntries.SingleAsync(e => e.UserId == editor.UserId && e.Event == AuditEvent.AccessDenied, TestContext.Current.CancellationToken);
            Assert.Equal("127.0.0.1", denial.Address);
            Assert.Empty(await db.AssignmentHistory.Where(h => h.ChangedBy == editor.DisplayName).ToListAsync(TestContext.Current.CancellationToken));
        }

        await page.CloseAsync();
    }

    private static ILocator EditButtons(IPage page) => page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Edit task \\d+ for ") });
}
