using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Security;

/// <summary>Two instances of the app on one database, as behind a load balancer: the keys that sign cookies are in the database.</summary>
public sealed class SharedDataProtectionKeysTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private readonly string _otherInstall = Directory.CreateTempSubdirectory("steering-other-install-").FullName;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACookieIssuedByOneInstanceIsAcceptedByAnotherInstalledElsewhereOnTheSameDatabase()
    {
        await using var first = new Instance(_database.ConnectionString, contentRoot: null);
        var account = await first.CreateAccountAsync(SteeringRole.CommitteeMember);
        var session = await SignInAsync(first, account.UserName);
        await using var second = new Instance(_database.ConnectionString, _otherInstall);
        using var secondClient = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        secondClient.DefaultRequestHeaders.Add("Cookie", session);

        using var page = await secondClient.GetAsync("/plan", Cancellation);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await using var db = await second.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync(Cancellation));
    }

    [Fact]
    public async Task ACookieTheOtherDatabaseNeverSawIsRefused()
    {
        await using var first = new Instance(_database.ConnectionString, contentRoot: null);
        var account = await first.CreateAccountAsync(SteeringRole.CommitteeMember);
        var session = await SignInAsync(first, account.UserName);
        using var elsewhere = new TemporaryDatabase();
        await using var stranger = new Instance(elsewhere.ConnectionString, _otherInstall);
        using var strangerClient = stranger.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        strangerClient.DefaultRequestHeaders.Add("Cookie", session);

        using var page = await strangerClient.GetAsync("/plan", Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/sign-in?returnUrl=%2Fplan", page.Headers.Location?.PathAndQuery());
    }

    /// <summary>Signs in through the form on <paramref name="instance"/> and returns the session cookie as a Cookie header.</summary>
    private static async Task<string> SignInAsync(Instance instance, string userName)
    {
        using var client = instance.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await SteeringAppFactory.PostSignInAsync(client, userName, SteeringAppFactory.TestPassword, "/health");
        Assert.Equal("/health", response.Headers.Location?.PathAndQuery());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        return cookie[..cookie.IndexOf(';', StringComparison.Ordinal)];
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_otherInstall, recursive: true);
    }

    /// <summary>The app on <paramref name="connectionString"/>, run from <paramref name="contentRoot"/> when given (another installation folder).</summary>
    private sealed class Instance(string connectionString, string? contentRoot) : SteeringAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Steering", connectionString);
            if (contentRoot is not null)
            {
                builder.UseContentRoot(contentRoot);
            }
        }
    }
}
