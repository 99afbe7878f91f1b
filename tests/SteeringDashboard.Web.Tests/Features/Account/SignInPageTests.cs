using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Account;

public sealed partial class SignInPageTests(SteeringAppFactory app) : IClassFixture<SteeringAppFactory>
{
    private const string SessionCookie = ".AspNetCore.Identity.Application";
    private const string WrongPassword = "The user name or password is not right, or this account cannot sign in.";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheRightPasswordSetsAnHttpOnlySameSiteSessionCookieAndReturnsToThePage()
    {
        var account = await app.CreateAccountAsync();
        using var client = NewClient();

        using var response = await SteeringAppFactory.PostSignInAsync(client, account.UserName, SteeringAppFactory.TestPassword, "/tasks?unit=BA-DINH");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tasks?unit=BA-DINH", response.Headers.Location?.PathAndQuery());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(SessionCookie + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        // A session cookie: it goes with the browser; the ticket inside expires after the idle timeout.
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(AuditEvent.SignInSucceeded, Assert.Single(await AuditOfAsync(account.UserName)).Event);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task AForeignReturnAddressGoesToTheDashboard(string returnUrl)
    {
        var account = await app.CreateAccountAsync();
        using var client = NewClient();

        using var response = await SteeringAppFactory.PostSignInAsync(client, account.UserName, SteeringAppFactory.TestPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://localhost/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnUnknownNameAWrongPasswordAndADisabledAccountGetTheSameMessage()
    {
        var account = await app.CreateAccountAsync();
        var disabled = await app.CreateAccountAsync();
        await TestAccounts.DisableAsync(app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>(), disabled.UserId);
        using var client = NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var unknown = await RefusalAsync(client, "nobody.ever", SteeringAppFactory.TestPassword);
        var wrong = await RefusalAsync(client, account.UserName, "not the password at all");
        var refusedDisabled = await RefusalAsync(client, disabled.UserName, SteeringAppFactory.TestPassword);

        Assert.Equal(WrongPassword, unknown);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, refusedDisabled);
        Assert.Equal([AuditEvent.SignInFailed], (await AuditOfAsync("nobody.ever")).Select(e => e.Event));
        Assert.Equal([AuditEvent.SignInFailed], (await AuditOfAsync(disabled.UserName)).Select(e => e.Event));
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountSoThatTheRightOneIsRefusedTooWithTheSameMessage()
    {
        var account = await app.CreateAccountAsync();
        using var client = NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var messages = new List<string>();
        for (var attempt = 1; attempt <= IdentitySetup.LockoutAttempts; attempt++)
        {
            messages.Add(await RefusalAsync(client, account.UserName, $"wrong password number {attempt}"));
        }

        var withTheRightPassword = await RefusalAsync(client, account.UserName, SteeringAppFactory.TestPassword);

        // A locked account is not told apart from a wrong password: the lockout shows only in the audit log.
        Assert.All(messages, m => Assert.Equal(WrongPassword, m));
        Assert.Equal(WrongPassword, withTheRightPassword);
        Assert.Equal(
            [AuditEvent.SignInFailed, AuditEvent.SignInFailed, AuditEvent.SignInFailed, AuditEvent.SignInFailed, AuditEvent.LockedOut, AuditEvent.LockedOut],
            (await AuditOfAsync(account.UserName)).Select(e => e.Event));
    }

    [Fact]
    public async Task AfterAnIdleCircuitTheSignInPageSaysWhyTheSessionEnded()
    {
        using var client = NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/account/sign-in?returnUrl=%2Fplan&ended=idle", Cancellation));

        Assert.Contains(
            "<p role=\"status\" class=\"sign-in-notice\">Your session ended because the app was not used for a while. Sign in again to carry on.</p>",
            html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePasswordIsNotRenderedBackIntoTheForm()
    {
        using var client = NewClient();

        using var response = await SteeringAppFactory.PostSignInAsync(client, "nobody.here", "a secret that must not echo");

        Assert.DoesNotContain("a secret that must not echo", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOutNeedsTheFormsTokenThenEndsTheSessionAndShowsTheSignInPage()
    {
        using var client = await app.CreateSignedInClientAsync(options: new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var dashboard = await client.GetStringAsync("/", Cancellation);
        var token = SignOutToken().Match(dashboard).Groups[1].Value;

        using var withoutToken = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent([]), Cancellation);
        using var stillSignedIn = await client.GetAsync("/", Cancellation);
        using var signOut = await client.PostAsync(
            "/account/sign-out", new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(token))]), Cancellation);
        using var afterwards = await client.GetAsync("/", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/account/sign-in", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/account/sign-in", afterwards.Headers.Location?.PathAndQuery(), StringComparison.Ordinal);
    }

    private HttpClient NewClient() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Posts the form expecting a refusal; returns the message shown.</summary>
    private static async Task<string> RefusalAsync(HttpClient client, string userName, string password)
    {
        using var response = await SteeringAppFactory.PostSignInAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(SessionCookie, StringComparison.Ordinal)));
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        return WebUtility.HtmlDecode(Alert().Match(html).Groups[1].Value);
    }

    private async Task<List<AuditEntry>> AuditOfAsync(string userName)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.AuditEntries.Where(e => e.UserName == userName).OrderBy(e => e.Id).ToListAsync(Cancellation);
    }

    [GeneratedRegex("<p role=\"alert\"[^>]*>([^<]*)</p>")]
    private static partial Regex Alert();

    [GeneratedRegex("action=\"/account/sign-out\"[^>]*><input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex SignOutToken();
}
