using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Account;

namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>
/// The app on a real Kestrel port of the loopback interface, for a browser to reach.
/// Use it as a class fixture; close every page before the class ends (see <see cref="BrowserFixture"/>).
/// </summary>
public class LiveSteeringApp : SteeringAppFactory, IAsyncLifetime
{
    private Uri? _baseAddress;

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("The app has not started yet.");

    public ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _baseAddress = new Uri(address);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// A browser context signed in as a new account with <paramref name="role"/> (the standing agency, who may edit every
    /// assignment, unless told otherwise), with the authenticator code as second step when the role requires one. The
    /// forms are posted by the context's own request API, which shares the context's cookies: no page is opened, so none
    /// is closed mid-navigation (Chromium can leave such a close unanswered). Dispose it before the class ends.
    /// </summary>
    public async Task<IBrowserContext> NewSignedInContextAsync(
        BrowserFixture browser, string locale = "en-US", SteeringRole role = SteeringRole.StandingAgency, int? unitId = null)
    {
        var account = await CreateAccountAsync(role, unitId);
        var context = await browser.NewContextAsync(BaseAddress, locale);
        var answer = await PostFormAsync(context, "/account/sign-in?returnUrl=%2Fhealth", html => SignInFields(html, account.UserName, TestPassword));
        if (LocationOf(answer) is { } next && next.StartsWith(AccountPaths.SecondFactor + "?", StringComparison.Ordinal))
        {
            answer = await PostFormAsync(context, next, html => CodeFields(html, Totp.Code(TestAuthenticatorKey)));
        }

        return answer.Status == 302 && LocationOf(answer) == "/health"
            ? context
            : throw new InvalidOperationException($"Signing in as {account.UserName} was refused ({answer.Status}).");
    }

    // The path and query a redirect leads to, whether the app wrote it absolute or relative.
    private static string? LocationOf(IAPIResponse answer) =>
        answer.Headers.TryGetValue("location", out var location) ? new Uri(location, UriKind.RelativeOrAbsolute).PathAndQuery() : null;

    private static async Task<IAPIResponse> PostFormAsync(IBrowserContext context, string address, Func<string, Dictionary<string, string>> fields)
    {
        var form = await context.APIRequest.GetAsync(address);
        var formData = context.APIRequest.CreateFormData();
        foreach (var (name, value) in fields(await form.TextAsync()))
        {
            formData.Set(name, value);
        }

        return await context.APIRequest.PostAsync(address, new APIRequestContextOptions { Form = formData, MaxRedirects = 0 });
    }
}
