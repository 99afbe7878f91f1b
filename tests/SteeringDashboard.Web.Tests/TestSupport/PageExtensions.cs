using Microsoft.Playwright;

namespace SteeringDashboard.Web.Tests.TestSupport;

public static class PageExtensions
{
    /// <summary>
    /// Waits until the circuit is up: the prerendered page already shows buttons, but a click before
    /// this does nothing. The layout adds <c>data-interactive</c> after its first interactive render.
    /// </summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Opens <paramref name="relativeUrl"/> and waits until the page is interactive.</summary>
    public static async Task GotoInteractiveAsync(this IPage page, string relativeUrl)
    {
        await page.GotoAsync(relativeUrl);
        await page.WaitForInteractiveAsync();
    }
}
