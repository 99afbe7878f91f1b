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
    /// current code of <paramref name="authenticatorKey"/> as the person's phone shows it; follows the answer that sets
    /// the session cookie until the page it lands on is interactive (closing a page mid-navigation can hang Chromium).
    /// Fails when the sign-in is refused.
    /// </summary>
    /// <remarks>
    /// Each step waits for the address the server's redirect names, checked by polling the address, never by a load
    /// state: <c>WaitForURLAsync</c> waits for the window's load event whenever the address already matches, whatever
    /// <c>WaitUntil</c> says, and on a busy machine Chromium was seen reporting the network idle on the landing page
    /// without ever firing that event, so a sign-in that had worked timed out.
    /// </remarks>
    public static async Task SignInAsync(this IPage page, string userName, string password, string? authenticatorKey = SteeringAppFactory.TestAuthenticatorKey)
    {
        await page.GotoAsync("/account/sign-in");
        await page.Locator("#sign-in-user").FillAsync(userName);
        await page.Locator("#sign-in-password").FillAsync(password);
        var next = await SubmitAsync(page, userName);
        if (authenticatorKey is not null && next.AbsolutePath == "/account/sign-in/code")
        {
            await page.Locator("#sign-in-code").FillAsync(Totp.Code(authenticatorKey));
            next = await SubmitAsync(page, userName);
        }

        await Assertions.Expect(page).ToHaveURLAsync(next.AbsoluteUri);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Posts the form and answers where the server's redirect sends the browser.</summary>
    private static async Task<Uri> SubmitAsync(IPage page, string userName)
    {
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.Locator("form button[type=submit]").ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.Contains("/account/sign-in", StringComparison.Ordinal));
        if (answer.Status != 302 || await answer.HeaderValueAsync("location") is not { } location)
        {
            throw new InvalidOperationException($"Signing in as {userName} was refused ({answer.Status}).");
        }

        return new Uri(new Uri(answer.Url), location);
    }

    /// <summary>Opens <paramref name="relativeUrl"/> and waits until the page is interactive.</summary>
    public static async Task GotoInteractiveAsync(this IPage page, string relativeUrl)
    {
        await page.GotoAsync(relativeUrl);
        await page.WaitForInteractiveAsync();
    }
}
