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

    /// <summary>The standing agency's reporting and figures screens, scanned once their data (the element <paramref name="loaded"/>) is shown.</summary>
    [Theory]
    [InlineData("/reports/matrix", "en-US", "[data-testid=matrix]")]
    [InlineData("/reports/matrix", "vi-VN", "[data-testid=matrix]")]
    [InlineData("/reports/reminders", "vi-VN", "[data-testid=reminders]")]
    [InlineData("/figures", "en-US", "[data-testid=figures-table]")]
    [InlineData("/figures", "vi-VN", "[data-testid=figures-table]")]
    [InlineData("/figures/entry?unit=BA-DINH&year=2018&month=6", "vi-VN", "[data-testid=entry-save]")]
    [InlineData("/figures/import", "en-US", "[data-testid=template-links]")]
    public async Task ReportingScreenHasNoSeriousAccessibilityViolations(string route, string locale, string loaded)
    {
        await using var context = await app.NewSignedInContextAsync(browser, locale);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync(route);
        await Expect(page.Locator(loaded)).ToBeVisibleAsync();

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    /// <summary>The printable reminder, on its own layout, once its circuit is up and its document and title show.</summary>
    [Fact]
    public async Task ThePrintableReminderHasNoSeriousAccessibilityViolations()
    {
        await using var context = await app.NewSignedInContextAsync(browser, "en-US");
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/reports/reminders/print");
        await Expect(page.Locator("[data-testid=reminder-document]")).ToBeVisibleAsync();
        // The circuit's head outlet writes the title again when it starts: scan once it is back.
        await Expect(page).ToHaveTitleAsync(new Regex("^Reminder to submit reports"));

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task ACampaignPageHasNoSeriousAccessibilityViolations()
    {
        int campaignId;
        await using (var db = await DbAsync())
        {
            campaignId = await db.Campaigns.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Cancellation);
        }

        await using var context = await app.NewSignedInContextAsync(browser, "en-US");
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync($"/campaigns/{campaignId}");
        await Expect(page.Locator("[data-testid=unit-results]")).ToBeVisibleAsync();

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task AReportersListOfReportsHasNoSeriousAccessibilityViolations()
    {
        await using var context = await app.NewSignedInContextAsync(browser, "en-US", SteeringRole.UnitReporter, await BaDinhIdAsync());
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/reports");
        await Expect(page.Locator("[data-testid=own-reports]")).ToBeVisibleAsync();

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    /// <summary>Ba Đình's Day's results report, which the demo leaves unsubmitted, with the form its reporter fills in.</summary>
    [Fact]
    public async Task AReportWithItsFormHasNoSeriousAccessibilityViolations()
    {
        int typeId;
        await using (var db = await DbAsync())
        {
            typeId = await db.ReportTypes.Where(t => t.Code == DemoReports.DayResultsCode).Select(t => t.Id).SingleAsync(Cancellation);
        }

        var baDinh = await BaDinhIdAsync();
        await using var context = await app.NewSignedInContextAsync(browser, "vi-VN", SteeringRole.UnitReporter, baDinh);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync($"/reports/{typeId}/units/{baDinh}");
        await Expect(page.Locator("[data-testid=submit]")).ToBeVisibleAsync();

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

    private static CancellationToken Cancellation => Xunit.TestContext.Current.CancellationToken;

    private Task<SteeringDbContext> DbAsync() =>
        app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);

    private async Task<int> BaDinhIdAsync()
    {
        await using var db = await DbAsync();
        return await db.Units.Where(u => u.Code == DemoReports.UnsubmittedDayResultsUnitCode).Select(u => u.Id).SingleAsync(Cancellation);
    }
}
