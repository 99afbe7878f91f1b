using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

/// <summary>
/// The demo mid-year conference's workspace in Chromium: drag to reorder the agenda, from a new agenda item to the frozen pack
/// printed to PDF, and axe-core scans of the conference's screens.
/// </summary>
public sealed partial class ConferenceBrowserTests(LiveSteeringApp app, BrowserFixture browser) : IClassFixture<LiveSteeringApp>
{
    private static CancellationToken Cancellation => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheSecretariatDragsTheLastAgendaItemToTheTopAndTheOrderIsStored()
    {
        var conferenceId = await ConferenceIdAsync();
        await using var context = await app.NewSignedInContextAsync(browser, "en-US", SteeringRole.Secretariat);
        var page = await context.NewPageAsync();
        // Tall enough for the whole agenda (other tests add items): Playwright scrolling between the press and the drop would end the drag.
        await page.SetViewportSizeAsync(1280, 1800);
        await page.GotoInteractiveAsync($"/conference/{conferenceId}");
        var rows = page.Locator("[data-testid=agenda-row]");
        await Expect(rows.First).ToBeVisibleAsync();
        await page.GetByTestId("agenda").EvaluateAsync("agenda => agenda.scrollIntoView({ block: 'start' })");
        var titles = await page.Locator("[data-testid=agenda-row] th").AllTextContentsAsync();

        await rows.Last.DragToAsync(rows.First);

        await Expect(page.Locator("[data-testid=agenda-row] th").First).ToHaveTextAsync(titles[^1]);
        await Expect(page.Locator("[data-testid=agenda-announcement]")).ToContainTextAsync($"is now item 1 of {titles.Count}");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        var stored = await db.AgendaItems.Where(i => i.ConferenceId == conferenceId).OrderBy(i => i.Position).Select(i => i.Title).ToListAsync(Cancellation);
        Assert.Equal([titles[^1].Trim(), .. titles.SkipLast(1).Select(t => t.Trim())], stored);
    }

    [Fact]
    public async Task TheSecretariatAddsAnAgendaItemFreezesThePackForTheCommitteeAndItsPrintViewReadsAsTheMembersAndMakesAMultiPagePdf()
    {
        const string title = "Tham luận của Hội Liên hiệp Phụ nữ thành phố về hỗ trợ nạn nhân";
        var conferenceId = await ConferenceIdAsync();
        await using var context = await app.NewSignedInContextAsync(browser, "en-US", SteeringRole.Secretariat);
        var page = await context.NewPageAsync();

        await page.GotoInteractiveAsync($"/conference/{conferenceId}");
        await page.Locator("input[data-testid=agenda-title]").FillAsync(title);
        await page.Locator("input[data-testid=agenda-person]").FillAsync("Chủ tịch Hội Liên hiệp Phụ nữ thành phố");
        await page.Locator("input[data-testid=agenda-duration]").FillAsync("15");
        await page.GetByTestId("agenda-save").ClickAsync();
        await Expect(page.Locator("[data-testid=agenda-row] th").Last).ToHaveTextAsync(title);

        await page.GotoInteractiveAsync($"/conference/{conferenceId}/review");
        var versionsBefore = await FrozenVersionsAsync(conferenceId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Freeze the pack" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Radio, new() { Name = "Committee members (exact figures)" }).CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Freeze the pack" }).ClickAsync();
        var version = versionsBefore + 1;
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Version {version} of the pack is frozen for: Committee members (exact figures)." })).ToBeVisibleAsync();
        Assert.Equal(version, await FrozenVersionsAsync(conferenceId));

        await page.GetByRole(AriaRole.Link, new() { Name = $"Print version {version}" }).ClickAsync();
        await Expect(page.GetByTestId("pack-version")).ToContainTextAsync($"Frozen version {version},");
        await Expect(page.GetByTestId("pack-audience")).ToHaveTextAsync("For the members of the Steering Committee: exact figures, not for wider distribution.");
        await using (var member = await app.NewSignedInContextAsync(browser, "en-US", SteeringRole.CommitteeMember))
        {
            var memberPage = await member.NewPageAsync();
            await memberPage.GotoInteractiveAsync($"/conference/{conferenceId}/print?version={version}");
            await Expect(memberPage.GetByTestId("pack-audience")).ToBeVisibleAsync();
            Assert.Equal(await page.GetByTestId("pack-document").InnerTextAsync(), await memberPage.GetByTestId("pack-document").InnerTextAsync());
            await memberPage.CloseAsync();
        }

        await Expect(page.Locator("[data-testid=agenda] tbody tr").Last).ToContainTextAsync(title);
        var charts = page.Locator("img.chart-print-image");
        await Expect(charts).ToHaveCountAsync(3);
        foreach (var chart in await charts.AllAsync())
        {
            await Expect(chart).ToHaveAttributeAsync("src", ChartPicture());
            Assert.True(await DrawnShareAsync(chart) > 0.02, "A chart's picture is blank.");
        }

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByTestId("print-controls")).ToBeHiddenAsync();
        await Expect(page.Locator("canvas").First).ToBeHiddenAsync();
        await Expect(charts.First).ToBeVisibleAsync();
        var pdf = Encoding.Latin1.GetString(await page.PdfAsync(new() { PreferCSSPageSize = true }));

        Assert.True(PdfPage().Count(pdf) > 1, "The printed pack is a single page.");
        Assert.True(PdfImage().Count(pdf) >= 3, "The printed pack holds fewer pictures than it has charts.");
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    public async Task OnPaperEveryTableOfThePackKeepsItsColumnsInLineInPlainType(string locale)
    {
        var conferenceId = await ConferenceIdAsync();
        await using var context = await app.NewSignedInContextAsync(browser, locale, SteeringRole.CommitteeMember);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync($"/conference/{conferenceId}/print");
        await Expect(page.GetByTestId("pack-document")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var tables = await page.Locator("[data-testid=pack-document] table").CountAsync();
        var problems = await page.EvaluateAsync<string[]>(TableLayoutProblems);

        Assert.True(tables >= 6, $"The pack prints {tables} tables.");
        Assert.Empty(problems);
    }

    /// <summary>
    /// What breaks a printed table, read from the page's layout under print media: a row laid out as a block, a row narrower or
    /// wider than its table, a cell out of line with the cell above it, slanted type in the table's body, an underlined header.
    /// </summary>
    private const string TableLayoutProblems = """
        () => {
          const problems = [];
          document.querySelectorAll('[data-testid=pack-document] table').forEach((table, t) => {
            const name = `table ${t + 1} (${(table.caption?.textContent ?? '').trim().slice(0, 40)})`;
            const width = table.getBoundingClientRect().width;
            let columns = null;
            for (const row of table.querySelectorAll('tbody tr, thead tr')) {
              const style = getComputedStyle(row);
              if (style.display !== 'table-row') problems.push(`${name}: a row is laid out as ${style.display}`);
              if (Math.abs(row.getBoundingClientRect().width - width) > 1) problems.push(`${name}: a row is not as wide as its table`);
              const cells = [...row.cells];
              if (cells.some(c => c.colSpan > 1)) continue;
              const lefts = cells.map(c => Math.round(c.getBoundingClientRect().left));
              if (columns && columns.length === lefts.length && lefts.some((x, i) => Math.abs(x - columns[i]) > 1)) {
                problems.push(`${name}: columns out of line`);
              }
              columns = columns ?? lefts;
              for (const cell of cells) {
                if (row.parentElement.tagName === 'TBODY' && getComputedStyle(cell).fontStyle !== 'normal') {
                  problems.push(`${name}: body cell in ${getComputedStyle(cell).fontStyle} type`);
                }
              }
            }
            for (const header of table.querySelectorAll('thead th, thead th *')) {
              if (getComputedStyle(header).textDecorationLine !== 'none') problems.push(`${name}: a header is underlined`);
            }
          });
          return [...new Set(problems)];
        }
        """;

    [Theory]
    [InlineData("vi-VN", SteeringRole.Secretariat, "")]
    [InlineData("en-US", SteeringRole.CommitteeMember, "")]
    [InlineData("vi-VN", SteeringRole.Secretariat, "/review")]
    [InlineData("en-US", SteeringRole.CommitteeMember, "/review")]
    [InlineData("vi-VN", SteeringRole.Secretariat, "/commendations")]
    [InlineData("en-US", SteeringRole.UnitReporter, "/commendations")]
    [InlineData("vi-VN", SteeringRole.CommitteeMember, "/print")]
    public async Task TheConferenceScreensHaveNoSeriousAccessibilityViolations(string locale, SteeringRole role, string screen)
    {
        var conferenceId = await ConferenceIdAsync();
        await using var context = await app.NewSignedInContextAsync(browser, locale, role, role == SteeringRole.UnitReporter ? await UnitIdAsync("HOAN-KIEM") : null);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync($"/conference/{conferenceId}{screen}");
        await Expect(page.Locator("h1").First).ToBeVisibleAsync();

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Theory]
    [InlineData("/conference", SteeringRole.CommitteeMember)]
    [InlineData("/conference/new", SteeringRole.Secretariat)]
    public async Task TheListOfConferencesAndTheNewConferenceFormHaveNoSeriousAccessibilityViolations(string address, SteeringRole role)
    {
        await using var context = await app.NewSignedInContextAsync(browser, "vi-VN", role);
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync(address);
        await Expect(page.Locator("h1").First).ToBeVisibleAsync();

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    /// <summary>The share of a picture's pixels that are not transparent, measured in the page.</summary>
    private static async Task<double> DrawnShareAsync(ILocator image) =>
        await image.EvaluateAsync<double>("""
            async (img) => {
              await img.decode();
              const canvas = document.createElement('canvas');
              canvas.width = img.naturalWidth;
              canvas.height = img.naturalHeight;
              const context = canvas.getContext('2d');
              context.drawImage(img, 0, 0);
              const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
              let drawn = 0;
              for (let i = 3; i < pixels.length; i += 4) {
                if (pixels[i] > 0) {
                  drawn++;
                }
              }
              return drawn / (pixels.length / 4);
            }
            """);

    [GeneratedRegex("^data:image/png;base64,")]
    private static partial Regex ChartPicture();

    // A page object of the PDF, not its page tree (/Type /Pages).
    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PdfPage();

    [GeneratedRegex(@"/Subtype\s*/Image")]
    private static partial Regex PdfImage();

    private async Task<int> FrozenVersionsAsync(int conferenceId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.PackVersions.CountAsync(v => v.ConferenceId == conferenceId, Cancellation);
    }

    private async Task<int> UnitIdAsync(string code)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync(Cancellation);
    }

    private async Task<int> ConferenceIdAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.Conferences.Select(c => c.Id).SingleAsync(Cancellation);
    }
}
