using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Account;

/// <summary>The second sign-in step and its enrolment, through the forms as a person posts them.</summary>
public sealed partial class SecondFactorTests(SteeringAppFactory app) : IClassFixture<SteeringAppFactory>
{
    private const string SessionCookie = ".AspNetCore.Identity.Application";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(SteeringRole.Administrator)]
    [InlineData(SteeringRole.Secretariat)]
    [InlineData(SteeringRole.StandingAgency)]
    public async Task ARoleThatRequiresASecondFactorIsAskedForTheCodeAndHasNoSessionBeforeIt(SteeringRole role)
    {
        var account = await app.CreateAccountAsync(role);
        using var client = NewClient();

        using var afterPassword = await SteeringAppFactory.PostSignInAsync(client, account.UserName, SteeringAppFactory.TestPassword, "/tasks", authenticatorKey: null);
        using var dashboard = await client.GetAsync("/tasks", Cancellation);

        Assert.Equal("/account/sign-in/code?returnUrl=%2Ftasks", afterPassword.Headers.Location?.PathAndQuery());
        Assert.False(SetsSessionCookie(afterPassword));
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.StartsWith("/account/sign-in", dashboard.Headers.Location?.PathAndQuery(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SteeringRole.CommitteeMember)]
    [InlineData(SteeringRole.UnitReporter)]
    public async Task ARoleForWhichItIsOptionalSignsInWithThePasswordAlone(SteeringRole role)
    {
        var account = await app.CreateAccountAsync(role, role == SteeringRole.UnitReporter ? 1 : null);
        using var client = NewClient();

        using var response = await SteeringAppFactory.PostSignInAsync(client, account.UserName, SteeringAppFactory.TestPassword, "/tasks", authenticatorKey: null);

        Assert.Equal("/tasks", response.Headers.Location?.PathAndQuery());
        Assert.True(SetsSessionCookie(response));
    }

    [Fact]
    public async Task TheRightCodeStartsTheSessionAndAWrongOneIsRefusedAndCounted()
    {
        var account = await app.CreateAccountAsync(SteeringRole.Secretariat);
        using var client = NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        using var afterPassword = await SteeringAppFactory.PostSignInAsync(client, account.UserName, SteeringAppFactory.TestPassword, "/tasks", authenticatorKey: null);
        var codePage = afterPassword.Headers.Location!.PathAndQuery();

        using var wrong = await SteeringAppFactory.PostFormAsync(client, codePage, html => SteeringAppFactory.CodeFields(html, WrongCode()));
        var wrongHtml = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync(Cancellation));
        using var right = await SteeringAppFactory.PostFormAsync(
            client, codePage, html => SteeringAppFactory.CodeFields(html, Totp.Code(SteeringAppFactory.TestAuthenticatorKey)));

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("That code is not right.", wrongHtml, StringComparison.Ordinal);
        Assert.False(SetsSessionCookie(wrong));
        Assert.Equal("/tasks", right.Headers.Location?.PathAndQuery());
        Assert.True(SetsSessionCookie(right));
        Assert.Equal(
            [AuditEvent.SignInFailed, AuditEvent.SignInSucceeded],
            (await AuditOfAsync(account.UserName)).Select(e => e.Event));
    }

    [Fact]
    public async Task TheCodePageWithoutAPasswordCheckedSendsToTheSignInPage()
    {
        using var client = NewClient();

        using var response = await client.GetAsync("/account/sign-in/code?returnUrl=%2Fplan", Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?returnUrl=%2Fplan", response.Headers.Location?.PathAndQuery());
    }

    [Fact]
    public async Task AnAdministratorWithoutASecondFactorEnrolsWithTheShownKeyGetsRecoveryCodesAndEachWorksOnce()
    {
        var account = await app.CreateAccountAsync(SteeringRole.Administrator, enrolled: false);
        using var client = NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        using var afterPassword = await SteeringAppFactory.PostSignInAsync(client, account.UserName, SteeringAppFactory.TestPassword, "/admin/users", authenticatorKey: null);
        var enrolPage = afterPassword.Headers.Location!.PathAndQuery();
        var enrolHtml = await client.GetStringAsync(enrolPage, Cancellation);
        var key = EnrolKey().Match(enrolHtml).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        using var enrolled = await SteeringAppFactory.PostFormAsync(client, enrolPage, html => EnrolFields(html, Totp.Code(key)));
        var enrolledHtml = await enrolled.Content.ReadAsStringAsync(Cancellation);
        var recoveryCodes = RecoveryCode().Matches(enrolledHtml).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal("/account/sign-in/enrol?returnUrl=%2Fadmin%2Fusers", enrolPage);
        Assert.Contains("<svg", enrolHtml, StringComparison.Ordinal);
        Assert.Matches("^[A-Z2-7]{32}$", key);
        Assert.True(SetsSessionCookie(enrolled));
        Assert.Contains("href=\"/admin/users\"", enrolledHtml, StringComparison.Ordinal);
        Assert.Equal(SecondFactor.RecoveryCodeCount, recoveryCodes.Distinct().Count());
        Assert.Equal([AuditEvent.SecondFactorEnrolled, AuditEvent.SignInSucceeded], (await AuditOfAsync(account.UserName)).Select(e => e.Event));

        // Later, without the phone: a recovery code signs in once, and not a second time.
        using var withRecovery = await SignInWithCodeAsync(account.UserName, recoveryCodes[0]);
        using var again = await SignInWithCodeAsync(account.UserName, recoveryCodes[0]);
        Assert.True(SetsSessionCookie(withRecovery));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False(SetsSessionCookie(again));
    }

    [Fact]
    public async Task AUnitReporterMaySetUpASecondFactorFromTheAccountPageAndIsThenAskedForIt()
    {
        var account = await app.CreateAccountAsync(SteeringRole.UnitReporter, unitId: 1);
        using var client = await SignedInClientAsync(account.UserName);

        var enrolHtml = await client.GetStringAsync("/account/security/enrol", Cancellation);
        var key = EnrolKey().Match(enrolHtml).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        using var enrolled = await SteeringAppFactory.PostFormAsync(client, "/account/security/enrol", html => EnrolFields(html, Totp.Code(key)));
        using var accountPage = await client.GetAsync("/account/security", Cancellation);
        using var nextTime = await SteeringAppFactory.PostSignInAsync(NewClient(), account.UserName, SteeringAppFactory.TestPassword, "/", authenticatorKey: null);

        Assert.Equal(SecondFactor.RecoveryCodeCount, RecoveryCode().Count(await enrolled.Content.ReadAsStringAsync(Cancellation)));
        // The session goes on (renewed with the account's new security stamp).
        Assert.Equal(HttpStatusCode.OK, accountPage.StatusCode);
        Assert.StartsWith("/account/sign-in/code", nextTime.Headers.Location?.PathAndQuery(), StringComparison.Ordinal);
    }

    private HttpClient NewClient() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> SignedInClientAsync(string userName)
    {
        var client = NewClient();
        using var response = await SteeringAppFactory.PostSignInAsync(client, userName, SteeringAppFactory.TestPassword, "/health");
        Assert.Equal("/health", response.Headers.Location?.PathAndQuery());
        return client;
    }

    private async Task<HttpResponseMessage> SignInWithCodeAsync(string userName, string code)
    {
        using var client = NewClient();
        using var afterPassword = await SteeringAppFactory.PostSignInAsync(client, userName, SteeringAppFactory.TestPassword, "/", authenticatorKey: null);
        return await SteeringAppFactory.PostFormAsync(client, afterPassword.Headers.Location!.PathAndQuery(), html => SteeringAppFactory.CodeFields(html, code));
    }

    private static Dictionary<string, string> EnrolFields(string html, string code) => new()
    {
        ["_handler"] = "enrol",
        ["__RequestVerificationToken"] = SteeringAppFactory.AntiforgeryToken(html),
        ["Input.Code"] = code,
    };

    // A six-digit code that is not the current one nor one of its neighbours that the check also accepts.
    private static string WrongCode()
    {
        var now = DateTimeOffset.UtcNow;
        var accepted = Enumerable.Range(-3, 7).Select(step => Totp.Code(SteeringAppFactory.TestAuthenticatorKey, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(code => !accepted.Contains(code));
    }

    private static bool SetsSessionCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(SessionCookie + "=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

    private async Task<List<AuditEntry>> AuditOfAsync(string userName)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.AuditEntries.Where(e => e.UserName == userName).OrderBy(e => e.Id).ToListAsync(Cancellation);
    }

    [GeneratedRegex("class=\"enrol-key\"[^>]*>([A-Z2-7 ]+)</strong>")]
    private static partial Regex EnrolKey();

    [GeneratedRegex("<li>([A-Z0-9]{5}-[A-Z0-9]{5})</li>")]
    private static partial Regex RecoveryCode();
}
