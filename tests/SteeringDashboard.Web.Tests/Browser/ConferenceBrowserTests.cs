using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

/// <summary>The demo mid-year conference's workspace in Chromium: drag to reorder the agenda, and an axe-core scan of the editor's view.</summary>
public sealed class ConferenceBrowserTests(LiveSteeringApp app, BrowserFixture browser) : IClassFixture<LiveSteeringApp>
{
    private static CancellationToken Cancellation => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheSecretariatDragsTheLastAgendaItemToTheTopAndTheOrderIsStored()
    {
        var conferenceId = await ConferenceIdAsync();
        await using var context = await app.NewSignedInContextAsync(browser, "en-US", SteeringRole.Secretariat);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync($"/conference/{conferenceId}");
        var rows = page.Locator("[data-testid=agenda-row]");
        await Expect(rows.First).ToBeVisibleAsync();
        var titles = await page.Locator("[data-testid=agenda-row] th").AllTextContentsAsync();

        await rows.Last.DragToAsync(rows.First);

        await Expect(page.Locator("[data-testid=agenda-row] th").First).ToHaveTextAsync(titles[^1]);
        await Expect(page.Locator("[data-testid=agenda-announcement]")).ToContainTextAsync($"is now item 1 of {titles.Count}");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        var stored = await db.AgendaItems.Where(i => i.ConferenceId == conferenceId).OrderBy(i => i.Position).Select(i => i.Title).ToListAsync(Cancellation);
        Assert.Equal([titles[^1].Trim(), .. titles.SkipLast(1).Select(t => t.Trim())], stored);
    }

    [Theory]
    [InlineData("vi-VN", SteeringRole.Secretariat)]
    [InlineData("en-US", SteeringRole.CommitteeMember)]
    public async Task TheWorkspaceHasNoSeriousAccessibilityViolations(string locale, SteeringRole role)
    {
        var conferenceId = await ConferenceIdAsync();
        await using var context = await app.NewSignedInContextAsync(browser, locale, role);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync($"/conference/{conferenceId}");
        await Expect(page.Locator("[data-testid=agenda]")).ToBeVisibleAsync();

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    private async Task<int> ConferenceIdAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.Conferences.Select(c => c.Id).SingleAsync(Cancellation);
    }
}
