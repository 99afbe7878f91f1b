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

    /// <summary>
    /// Fills and posts the sign-in form (by the fields' ids, so in either language), then, when the app asks for it, the
    /// current code of <paramref name="authenticatorKey"/> as the person's phone shows it; waits for the answer that sets
    /// the session cookie, then until the page it lands on is interactive (closing a page mid-navigation can hang Chromium).
    /// Fails when the sign-in is refused.
    /// </summary>
    /// <remarks>
    /// The landing page is awaited by its circuit, not by the window's load event: on a busy machine Chromium was once
    /// seen reporting the network idle on the landing page without ever firing its load event, and a wait for that event
    /// then timed out although the page worked.
    /// </remarks>
    public static async Task SignInAsync(this IPage page, string userName, string password, string? authenticatorKey = SteeringAppFactory.TestAuthenticatorKey)
    {
        await page.GotoAsync("/account/sign-in");
        await page.Locator("#sign-in-user").FillAsync(userName);
        await page.Locator("#sign-in-password").FillAsync(password);
        await SubmitAsync(page, userName);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/account/sign-in", new() { WaitUntil = WaitUntilState.Commit });
        if (authenticatorKey is not null && new Uri(page.Url).AbsolutePath == "/account/sign-in/code")
        {
            await page.Locator("#sign-in-code").FillAsync(Totp.Code(authenticatorKey));
            await SubmitAsync(page, userName);
        }

        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForInteractiveAsync();
    }

    private static async Task SubmitAsync(IPage page, string userName)
    {
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.Locator("form button[type=submit]").ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.Contains("/account/sign-in", StringComparison.Ordinal));
        if (answer.Status != 302)
        {
            throw new InvalidOperationException($"Signing in as {userName} was refused ({answer.Status}).");
        }
    }

    /// <summary>Opens <paramref name="relativeUrl"/> and waits until the page is interactive.</summary>
    public static async Task GotoInteractiveAsync(this IPage page, string relativeUrl)
    {
        await page.GotoAsync(relativeUrl);
        await page.WaitForInteractiveAsync();
    }
}
