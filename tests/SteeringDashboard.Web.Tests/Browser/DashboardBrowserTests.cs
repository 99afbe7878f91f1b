using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

public sealed class DashboardBrowserTests(LiveSteeringApp app, BrowserFixture browser) : IClassFixture<LiveSteeringApp>
{
    private const string DistrictChart = "Average progress per district";

    [Fact]
    public async Task EveryChartIsDrawn()
    {
        await using var context = await app.NewSignedInContextAsync(browser, "en-US");
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/");

        var charts = page.GetByRole(AriaRole.Img);
        await Expect(charts).ToHaveCountAsync(4);
        foreach (var name in new[] { DistrictChart, "Average progress per member agency", "Review status per unit", "Progress over the period" })
        {
            var canvas = page.GetByRole(AriaRole.Img, new() { Name = name, Exact = true });
            await canvas.ScrollIntoViewIfNeededAsync();
            await WaitUntilDrawnAsync(page, name);
        }
    }

    /// <summary>Waits until the chart's canvas has at least one painted pixel.</summary>
    private static Task WaitUntilDrawnAsync(IPage page, string chartName) =>
        page.WaitForFunctionAsync(
            """
            name => {
                const canvas = document.querySelector(`canvas[aria-label="${name}"]`);
                if (!canvas || canvas.width === 0) return false;
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) return true; }
                return false;
            }
            """,
            chartName);

    [Fact]
    public async Task ClickingADistrictsBarOpensThatDistrictsPage()
    {
        await using var context = await app.NewSignedInContextAsync(browser, "en-US");
        var page = await context.NewPageAsync();
        // The chart module turns animation off for reduced motion, so bars stand where they will be clicked.
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        await page.GotoInteractiveAsync("/");
        var canvas = page.GetByRole(AriaRole.Img, new() { Name = DistrictChart, Exact = true });
        await canvas.ScrollIntoViewIfNeededAsync();
        await WaitUntilDrawnAsync(page, DistrictChart);

        // Clicks Ba Dinh's bar a quarter of the way along, measuring and clicking in one step so that no re-layout
        // can fall between them (and the fixed app bar cannot be in the way); false until the bar is laid out.
        await page.WaitForFunctionAsync(
            """
            name => {
                const canvas = document.querySelector(`canvas[aria-label="${name}"]`);
                const chart = canvas && window.Chart.getChart(canvas);
                if (!chart) return false;
                const index = chart.data.labels.findIndex(label => label.startsWith('Ba Dinh'));
                const element = chart.getDatasetMeta(0).data[index];
                const x = element && element.base + (element.x - element.base) / 4;
                if (!Number.isFinite(x) || !Number.isFinite(element.y)) return false;
                const box = canvas.getBoundingClientRect();
                canvas.dispatchEvent(new MouseEvent('click', { clientX: box.left + x, clientY: box.top + element.y, bubbles: true }));
                return true;
            }
            """,
            DistrictChart);

        // Polls the address rather than waiting for a load event: the router may move there within the page.
        await Expect(page).ToHaveURLAsync(new Regex("/units/BA-DINH\\?"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Ba Dinh District");
    }

    [Fact]
    public async Task SwitchingLanguageSwitchesTheDashboardsLabels()
    {
        await using var context = await app.NewSignedInContextAsync(browser, "en-US");
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = DistrictChart, Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếng Việt" }).ClickAsync();
        await page.WaitForInteractiveAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Tiến độ thực hiện Kế hoạch");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Tiến độ bình quân theo quận, huyện, thị xã", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("10/07/2018").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheTableAlternativeIsOneClickAway()
    {
        await using var context = await app.NewSignedInContextAsync(browser, "en-US");
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/");
        var card = page.Locator(".chart-card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = DistrictChart }) });

        await card.GetByRole(AriaRole.Button).First.ClickAsync();

        var table = card.GetByRole(AriaRole.Table);
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(30);
        await table.GetByRole(AriaRole.Link, new() { Name = "Ung Hoa District (rural)" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/units/UNG-HOA\\?"));
    }
}
