using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Security;

/// <summary>Sign-in attempts are limited per user name (3 a minute here) and per client address (6 a minute here).</summary>
public sealed class SignInThrottleTests(SignInThrottleTests.App app) : IClassFixture<SignInThrottleTests.App>
{
    private const string Throttled = "Too many attempts in a short time. Wait a minute, then try again.";
    private const string WrongPassword = "The user name or password is not right, or this account cannot sign in.";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AfterThreeAttemptsForOneNameEvenTheRightPasswordWaitsWhateverTheAddress()
    {
        var account = await app.CreateAccountAsync(SteeringRole.CommitteeMember);
        var messages = new List<string>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var client = Client($"198.51.100.{attempt}");
            messages.Add(await MessageAsync(client, account.UserName, $"wrong guess number {attempt}"));
        }

        using var owner = Client("198.51.100.200");
        var withTheRightPassword = await MessageAsync(owner, account.UserName, SteeringAppFactory.TestPassword);

        Assert.All(messages, m => Assert.Equal(WrongPassword, m));
        Assert.Equal(Throttled, withTheRightPassword);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        var last = await db.AuditEntries.Where(e => e.UserName == account.UserName).OrderBy(e => e.Id).LastAsync(Cancellation);
        Assert.Equal((AuditEvent.SignInThrottled, "198.51.100.200"), (last.Event, last.Address));
    }

    [Fact]
    public async Task AfterSixAttemptsFromOneAddressTheNextNameWaits()
    {
        using var client = Client("203.0.113.50");
        var messages = new List<string>();
        for (var attempt = 1; attempt <= 7; attempt++)
        {
            messages.Add(await MessageAsync(client, $"guessed.name.{attempt}", "some password or other"));
        }

        Assert.All(messages[..6], m => Assert.Equal(WrongPassword, m));
        Assert.Equal(Throttled, messages[6]);
    }

    private HttpClient Client(string address)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(App.AddressHeader, address);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        return client;
    }

    private static async Task<string> MessageAsync(HttpClient client, string userName, string password)
    {
        using var response = await SteeringAppFactory.PostSignInAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancellation));
        return System.Text.RegularExpressions.Regex.Match(html, "<p role=\"alert\"[^>]*>([^<]*)</p>").Groups[1].Value;
    }

    /// <summary>The app with small limits; each test client's connection comes from the address in its <see cref="AddressHeader"/>.</summary>
    public sealed class App : SteeringAppFactory
    {
        public const string AddressHeader = "X-Test-Client-Address";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:SignInAttemptsPerAddress", "6");
            builder.UseSetting("Security:SignInAttemptsPerUserName", "3");
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new FromTestAddress()));
        }

        private sealed class FromTestAddress : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    if (context.Request.Headers[AddressHeader] is [{ } address])
                    {
                        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                    }

                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }
}
