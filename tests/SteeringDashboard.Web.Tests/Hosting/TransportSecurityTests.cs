using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Hosting;

/// <summary>The app as installed (Production) behind a TLS-terminating proxy at 10.0.0.2: HTTPS only, HSTS, __Host- cookies, real client addresses.</summary>
public sealed class TransportSecurityTests(TransportSecurityTests.App app) : IClassFixture<TransportSecurityTests.App>
{
    private const string Host = "steering.example";
    private const string Proxy = "10.0.0.2";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HttpsAnswersCarryHstsForAYearWithSubdomains()
    {
        using var client = Client("https");

        using var response = await client.GetAsync("/account/sign-in", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task PlainHttpIsRedirectedToHttps()
    {
        using var client = Client("http");

        using var response = await client.GetAsync("/account/sign-in?returnUrl=%2Fplan", Cancellation);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal($"https://{Host}/account/sign-in?returnUrl=%2Fplan", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AHostNotInAllowedHostsIsRefused()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://evil.example"), AllowAutoRedirect = false });

        using var response = await client.GetAsync("/account/sign-in", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TheSessionTheStepAndTheAntiforgeryCookiesAreSecureHostPrefixedAndTheCultureCookieSecure()
    {
        var account = await app.CreateAccountAsync(SteeringRole.Secretariat);
        using var client = Client("https");

        using var signInPage = await client.GetAsync("/account/sign-in", Cancellation);
        using var afterPassword = await SteeringAppFactory.PostSignInAsync(client, account.UserName, SteeringAppFactory.TestPassword, "/health", authenticatorKey: null);
        using var afterCode = await SteeringAppFactory.PostFormAsync(
            client, afterPassword.Headers.Location!.PathAndQuery(), html => SteeringAppFactory.CodeFields(html, Totp.Code(SteeringAppFactory.TestAuthenticatorKey)));
        using var culture = await client.GetAsync("/culture?name=en-US&returnUrl=%2F", Cancellation);

        Assert.Equal("/health", afterCode.Headers.Location?.PathAndQuery());
        AssertHostCookie(signInPage, "__Host-steering.antiforgery");
        AssertHostCookie(afterPassword, "__Host-steering.sign-in-step");
        AssertHostCookie(afterCode, "__Host-steering.session");
        var cultureCookie = Assert.Single(culture.Headers.GetValues("Set-Cookie"));
        Assert.Contains("secure", cultureCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheAuditLogShowsTheClientAddressTheConfiguredProxyForwards()
    {
        using var client = Client("https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await SteeringAppFactory.PostSignInAsync(client, "nobody.behind.proxy", "not anyone's password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("203.0.113.7", (await AuditOfAsync("nobody.behind.proxy")).Address);
    }

    [Fact]
    public async Task ForwardedHeadersFromAnAddressThatIsNotAConfiguredProxyAreIgnored()
    {
        await using var direct = new TrustingAnotherProxy();
        using var client = direct.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"https://{Host}"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await SteeringAppFactory.PostSignInAsync(client, "nobody.forging", "not anyone's password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await direct.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        Assert.Equal(Proxy, (await db.AuditEntries.SingleAsync(e => e.UserName == "nobody.forging", Cancellation)).Address);
    }

    [Fact]
    public async Task ForwardedHeadersFromAProxyInAConfiguredNetworkAreBelieved()
    {
        await using var inNetwork = new TrustingTheProxysNetwork();
        using var client = inNetwork.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"https://{Host}"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.23");

        using var response = await SteeringAppFactory.PostSignInAsync(client, "nobody.in.network", "not anyone's password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await inNetwork.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        Assert.Equal("198.51.100.23", (await db.AuditEntries.SingleAsync(e => e.UserName == "nobody.in.network", Cancellation)).Address);
    }

    [Fact]
    public async Task PlainHttpFromTheProxyForwardedAsHttpsIsServedAsHttps()
    {
        using var client = Client("http");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var response = await client.GetAsync("/account/sign-in", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
    }

    [Fact]
    public void AKnownNetworkThatIsNotCidrStopsTheStartWithTheSettingNamed()
    {
        using var misconfigured = new WithKnownNetwork("10.0.0.0/33");

        var refusal = Assert.Throws<InvalidOperationException>(() => misconfigured.Services);

        Assert.Contains("Security:KnownNetworks holds '10.0.0.0/33'", refusal.Message, StringComparison.Ordinal);
    }

    private HttpClient Client(string scheme) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"{scheme}://{Host}"), AllowAutoRedirect = false });

    private static void AssertHostCookie(HttpResponseMessage response, string name)
    {
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(name + "=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<AuditEntry> AuditOfAsync(string userName)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.AuditEntries.SingleAsync(e => e.UserName == userName, Cancellation);
    }

    /// <summary>
    /// Production, no demo data, reached through the proxy at <see cref="Proxy"/> (every request's connection comes from it)
    /// and answering for <see cref="Host"/>; <see cref="KnownProxy"/> is the proxy the configuration trusts.
    /// </summary>
    public class App : SteeringAppFactory
    {
        protected virtual string KnownProxy => Proxy;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(Environments.Production);
            builder.UseSetting("AllowedHosts", Host);
            builder.UseSetting("Security:KnownProxies:0", KnownProxy);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new FromProxy()));
        }

        private sealed class FromProxy : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(Proxy);
                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }

    /// <summary>Trusting no single proxy address but the network the proxy is in.</summary>
    private class WithKnownNetwork(string network) : App
    {
        protected override string KnownProxy => "10.0.0.99";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:KnownNetworks:0", network);
        }
    }

    private sealed class TrustingTheProxysNetwork() : WithKnownNetwork("10.0.0.0/24");

    /// <summary>The same, with the configuration trusting another proxy than the one the requests come through.</summary>
    private sealed class TrustingAnotherProxy : App
    {
        protected override string KnownProxy => "10.0.0.99";
    }
}
