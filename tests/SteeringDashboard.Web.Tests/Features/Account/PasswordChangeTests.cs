using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Account;

/// <summary>A person's own password: chosen at the sign-in after an administrator set it, and changed from the account page.</summary>
public sealed class PasswordChangeTests(PasswordChangeTests.App app) : IClassFixture<PasswordChangeTests.App>
{
    private const string NewPassword = "paper lanterns on hang ma street";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APasswordAnAdministratorResetIsChangedAtTheNextSignInBeforeTheSessionStarts()
    {
        var admin = await app.CreateAccountAsync(SteeringRole.Administrator);
        var account = await app.CreateAccountAsync(SteeringRole.StandingAgency);
        var administration = app.Services.GetRequiredService<UserAdministration>();
        Assert.IsType<AccountOutcome.Done>(await administration.ResetPasswordAsync(new Caller(admin.UserId, "10.0.0.9"), account.UserId, "given by the admin 2026", Cancellation));
        using var client = NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        using var afterCode = await SteeringAppFactory.PostSignInAsync(client, account.UserName, "given by the admin 2026", "/tasks");
        var newPasswordPage = afterCode.Headers.Location!.PathAndQuery();
        using var beforeChange = await client.GetAsync("/tasks", Cancellation);
        using var common = await PostNewPasswordAsync(client, newPasswordPage, "password1234", "password1234");
        using var same = await PostNewPasswordAsync(client, newPasswordPage, "given by the admin 2026", "given by the admin 2026");
        using var changed = await PostNewPasswordAsync(client, newPasswordPage, NewPassword, NewPassword);
        using var afterwards = await client.GetAsync("/tasks", Cancellation);

        Assert.Equal("/account/sign-in/new-password?returnUrl=%2Ftasks", newPasswordPage);
        Assert.Equal(HttpStatusCode.Redirect, beforeChange.StatusCode);
        Assert.Contains("This password is too common and easy to guess; choose another.", await TextAsync(common), StringComparison.Ordinal);
        Assert.Contains("The new password must differ from the current one.", await TextAsync(same), StringComparison.Ordinal);
        Assert.Equal("/tasks", changed.Headers.Location?.PathAndQuery());
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        Assert.Equal([AuditEvent.PasswordChanged, AuditEvent.SignInSucceeded], (await AuditOfAsync(account.UserId)).Select(e => e.Event).TakeLast(2));
        using var withOldPassword = await SteeringAppFactory.PostSignInAsync(NewClient(), account.UserName, "given by the admin 2026");
        Assert.Equal(HttpStatusCode.OK, withOldPassword.StatusCode);
    }

    [Fact]
    public async Task APersonChangesTheirPasswordWithTheCurrentOneAndTheirOtherSessionsEnd()
    {
        var account = await app.CreateAccountAsync(SteeringRole.CommitteeMember);
        using var here = await SignedInClientAsync(account.UserName, SteeringAppFactory.TestPassword);
        using var elsewhere = await SignedInClientAsync(account.UserName, SteeringAppFactory.TestPassword);
        here.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        using var wrongCurrent = await PostChangeAsync(here, "not my password at all", NewPassword, NewPassword);
        using var mismatch = await PostChangeAsync(here, SteeringAppFactory.TestPassword, NewPassword, NewPassword + "!");
        using var changed = await PostChangeAsync(here, SteeringAppFactory.TestPassword, NewPassword, NewPassword);
        app.Clock.Now += TimeSpan.FromMinutes(2);
        using var elsewhereAfter = await elsewhere.GetAsync("/", Cancellation);

        Assert.Contains("The current password is not right.", await TextAsync(wrongCurrent), StringComparison.Ordinal);
        Assert.Contains("The two new passwords are not the same.", await TextAsync(mismatch), StringComparison.Ordinal);
        Assert.Contains("Your password is changed.", await TextAsync(changed), StringComparison.Ordinal);
        Assert.Equal(AuditEvent.PasswordChanged, (await AuditOfAsync(account.UserId)).Last().Event);
        using var stillHere = await here.GetAsync("/", Cancellation);
        Assert.Equal(HttpStatusCode.OK, stillHere.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, elsewhereAfter.StatusCode);
        using var withNew = await SignedInClientAsync(account.UserName, NewPassword);
    }

    /// <summary>The app on a clock the test moves past the one-minute session check.</summary>
    public sealed class App : SteeringAppFactory
    {
        public FixedClock Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    private HttpClient NewClient() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> SignedInClientAsync(string userName, string password)
    {
        var client = NewClient();
        using var response = await SteeringAppFactory.PostSignInAsync(client, userName, password, "/health");
        Assert.Equal("/health", response.Headers.Location?.PathAndQuery());
        return client;
    }

    private static Task<HttpResponseMessage> PostNewPasswordAsync(HttpClient client, string page, string password, string again) =>
        SteeringAppFactory.PostFormAsync(client, page, html => new Dictionary<string, string>
        {
            ["_handler"] = "new-password",
            ["__RequestVerificationToken"] = SteeringAppFactory.AntiforgeryToken(html),
            ["Input.NewPassword"] = password,
            ["Input.NewPasswordAgain"] = again,
        });

    private static Task<HttpResponseMessage> PostChangeAsync(HttpClient client, string current, string password, string again) =>
        SteeringAppFactory.PostFormAsync(client, "/account/security", html => new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = SteeringAppFactory.AntiforgeryToken(html),
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = password,
            ["Input.NewPasswordAgain"] = again,
        });

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancellation));

    private async Task<List<AuditEntry>> AuditOfAsync(string userId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.AuditEntries.Where(e => e.UserId == userId).OrderBy(e => e.Id).ToListAsync(Cancellation);
    }
}
