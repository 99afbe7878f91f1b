using Microsoft.Playwright;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

/// <summary>
/// The widest screens in a 1,440 × 900 window, the committee's usual laptop: measured from the laid-out page, as a person
/// sees it, in both languages (Vietnamese labels run longer).
/// </summary>
public sealed class WidePagesBrowserTests(LiveSteeringApp app, BrowserFixture browser) : IClassFixture<LiveSteeringApp>
{
    private const int Width = 1440;

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    public async Task TheMatrixFitsTheWindowWithoutScrollingOrBlankSpace(string locale)
    {
        await using var context = await app.NewSignedInContextAsync(browser, locale);
        var page = await OpenAsync(context, "/reports/matrix");
        var matrix = page.GetByTestId("matrix");
        await Expect(matrix).ToBeVisibleAsync();

        var layout = await page.EvaluateAsync<double[]>(
            """
            () => {
                const table = document.querySelector('[data-testid=matrix]');
                const region = table.parentElement;
                return [document.documentElement.scrollWidth, region.scrollWidth, region.clientWidth, table.getBoundingClientRect().width];
            }
            """);
        var (pageWidth, contentWidth, regionWidth, tableWidth) = (layout[0], layout[1], layout[2], layout[3]);

        Assert.True(pageWidth <= Width, $"The page is {pageWidth} px wide.");
        Assert.True(contentWidth <= regionWidth, $"The matrix scrolls: {contentWidth} px in a region of {regionWidth} px.");
        Assert.True(tableWidth >= regionWidth - 2, $"The matrix leaves blank space: {tableWidth} px in a region of {regionWidth} px.");
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    public async Task EveryEditButtonOnTheTaskListIsInViewWithoutScrollingSideways(string locale)
    {
        await using var context = await app.NewSignedInContextAsync(browser, locale);
        var page = await OpenAsync(context, "/tasks");
        var edit = page.GetByTestId("edit-assignment").First;
        await Expect(edit).ToBeVisibleAsync();

        var box = (await edit.BoundingBoxAsync())!;
        var pageWidth = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth");
        var clipped = await page.EvaluateAsync<int>(
            """
            () => [...document.querySelectorAll('[data-testid=edit-assignment]')].filter(button => {
                const b = button.getBoundingClientRect();
                for (let parent = button.parentElement; parent; parent = parent.parentElement) {
                    const style = getComputedStyle(parent);
                    if (style.overflowX !== 'visible') {
                        const p = parent.getBoundingClientRect();
                        if (b.left < p.left - 1 || b.right > p.right + 1) return true;
                    }
                }
                return b.right > window.innerWidth;
            }).length
            """);

        Assert.True(box.X + box.Width <= Width, $"The first Edit button ends at {box.X + box.Width} px.");
        Assert.True(pageWidth <= Width, $"The page is {pageWidth} px wide.");
        Assert.Equal(0, clipped);
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    public async Task TheHeadlineCardsKeepTheirTextInside(string locale)
    {
        await using var context = await app.NewSignedInContextAsync(browser, locale);
        var page = await OpenAsync(context, "/");
        var cards = page.Locator(".kpi-card");
        await Expect(cards.First).ToBeVisibleAsync();

        var overflowing = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('.kpi-card')].flatMap(card => {
                const c = card.getBoundingClientRect();
                return [...card.querySelectorAll('*')]
                    .filter(e => e.children.length === 0 && e.textContent.trim() !== '' && e.getBoundingClientRect().width > 1)
                    .filter(e => { const b = e.getBoundingClientRect(); return b.right > c.right + 1 || b.left < c.left - 1 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible'; })
                    .map(e => e.textContent.trim());
            })
            """);

        Assert.True(await cards.CountAsync() >= 3);
        Assert.Empty(overflowing);
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(Width, 900);
        await page.GotoInteractiveAsync(path);
        return page;
    }
}
