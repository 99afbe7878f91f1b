using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Security;

public sealed partial class SecurityServiceCollectionExtensionsTests(SecurityServiceCollectionExtensionsTests.App app)
    : IClassFixture<SecurityServiceCollectionExtensionsTests.App>
{
    /// <summary>The sign-in steps after the password: anonymous (they hold no session), they send a visitor whose password was not just checked to the form.</summary>
    private static readonly string[] SignInSteps = ["/account/sign-in/code", "/account/sign-in/enrol", "/account/sign-in/new-password"];

    /// <summary>The pages anyone may open: the sign-in form and its steps, and the error pages, which show no data.</summary>
    private static readonly string[] AnonymousPages = ["/account/sign-in", .. SignInSteps, "/not-found", "/Error"];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string> Routes() => [.. RoutablePages().Select(page => page.Route)];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task EveryPageSendsAnAnonymousVisitorToSignInAndBack(string route)
    {
        var address = Regex.Replace(route, "{[^}]+}", "1");
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(address, Cancellation);

        if (SignInSteps.Contains(route))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/sign-in?returnUrl=%2F", response.Headers.Location?.PathAndQuery());
        }
        else if (AnonymousPages.Contains(route))
        {
            Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"/account/sign-in?returnUrl={Uri.EscapeDataString(address)}", response.Headers.Location?.PathAndQuery());
        }
    }

    [Fact]
    public void OnlyTheSignInAndErrorPagesAllowAnonymousVisitorsAndEveryOtherPageRequiresSignInInTheCircuitToo()
    {
        var pages = RoutablePages().ToList();

        var anonymous = pages.Where(p => p.Type.GetCustomAttribute<AllowAnonymousAttribute>() is not null).Select(p => p.Route).Order();
        var unguarded = pages.Where(p => !AnonymousPages.Contains(p.Route) && !p.Type.GetCustomAttributes<AuthorizeAttribute>().Any()).Select(p => p.Route);

        Assert.Equal(AnonymousPages.Order(), anonymous);
        // The router's AuthorizeRouteView checks the page's [Authorize]; the fallback policy covers HTTP requests only.
        Assert.Empty(unguarded);
        Assert.True(pages.Count > 8, "The route scan found too few pages to be believed.");
    }

    [Theory]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/culture?name=en-US&returnUrl=%2Faccount%2Fsign-in", HttpStatusCode.Redirect)]
    [InlineData("/favicon.svg", HttpStatusCode.OK)]
    public async Task HealthTheLanguageSwitchAndStaticFilesAnswerWithoutSignIn(string address, HttpStatusCode expected)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(address, Cancellation);

        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("/account/sign-in?", response.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSignInPagesStylesAndScriptsLoadWithoutSignIn()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var html = await client.GetStringAsync("/account/sign-in", Cancellation);
        var assets = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains("blazor.web", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await client.GetAsync("/" + asset, Cancellation);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset} answered {response.StatusCode}");
        }
    }

    [Fact]
    public async Task AnUnknownAddressSendsAnAnonymousVisitorToSignIn()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/no-such-page", Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in?", response.Headers.Location?.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryActionHasAPolicyThatAdmitsExactlyTheRolesThePermissionTableAllows()
    {
        var authorization = app.Services.GetRequiredService<IAuthorizationService>();

        foreach (var action in Enum.GetValues<SteeringAction>())
        {
            foreach (var role in Enum.GetValues<SteeringRole>())
            {
                var principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                    Web.Security.SteeringClaims.Of(new Actor("id", "name", "Name", role, 1)), "test"));

                var result = await authorization.AuthorizeAsync(principal, action.ToString());

                Assert.True(result.Succeeded == Permissions.AllowsSome(role, action), $"{role} × {action}");
            }
        }
    }

    [Fact]
    public async Task ADisabledAccountsCookieStopsWorkingAtItsNextCheck()
    {
        using var client = await app.CreateSignedInClientAsync(options: new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var before = await client.GetAsync("/plan", Cancellation);
        var userId = await LastSignedInUserIdAsync();

        await TestAccounts.DisableAsync(app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>(), userId);
        using var withinTheMinute = await client.GetAsync("/plan", Cancellation);
        app.Clock.Now += TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1);
        using var after = await client.GetAsync("/plan", Cancellation);
        app.Clock.Now -= TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withinTheMinute.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in?", after.Headers.Location?.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionEndsAtItsAbsoluteLifetimeHoweverBusy()
    {
        using var client = await app.CreateSignedInClientAsync(options: new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedInAt = app.Clock.Now;
        try
        {
            // A request every 20 minutes keeps the 30-minute idle timeout from ending the session first.
            while (app.Clock.Now - signedInAt < TimeSpan.FromHours(12) - TimeSpan.FromMinutes(20))
            {
                app.Clock.Now += TimeSpan.FromMinutes(20);
                using var busy = await client.GetAsync("/health", Cancellation);
            }

            using var lastMinutes = await client.GetAsync("/plan", Cancellation);
            app.Clock.Now = signedInAt + TimeSpan.FromHours(12);
            using var after = await client.GetAsync("/plan", Cancellation);

            Assert.Equal(HttpStatusCode.OK, lastMinutes.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        }
        finally
        {
            app.Clock.Now = signedInAt;
        }
    }

    private async Task<string> LastSignedInUserIdAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.AuditEntries.Where(e => e.Event == AuditEvent.SignInSucceeded).OrderByDescending(e => e.Id).Select(e => e.UserId!).FirstAsync(Cancellation);
    }

    private static IEnumerable<(string Route, Type Type)> RoutablePages() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (r.Template, t)));

    [GeneratedRegex("(?:href|src)=\"((?:_content|_framework|lib|SteeringDashboard)[^\"]+)\"")]
    private static partial Regex AssetReference();

    /// <summary>The app on a clock the test moves (timers still run on real time).</summary>
    public sealed class App : SteeringAppFactory
    {
        public FixedClock Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
