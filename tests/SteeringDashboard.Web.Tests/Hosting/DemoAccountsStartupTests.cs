using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Seed;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Hosting;

/// <summary>The demo sign-ins exist only in Development with the demo data; a production install has no account but the ones it creates.</summary>
public sealed class DemoAccountsStartupTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DevelopmentWithDemoDataHasEveryDemoAccountAndTheyCanSignIn()
    {
        await using var app = new Variant(Environments.Development, demoData: true);

        Assert.Equal(DemoAccounts.All.Select(a => a.UserName).Order(), await UserNamesAsync(app));
        foreach (var account in DemoAccounts.All)
        {
            using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            using var response = await SteeringAppFactory.PostSignInAsync(client, account.UserName, account.Password, authenticatorKey: account.AuthenticatorKey);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.PathAndQuery() == "/", $"{account.UserName} could not sign in");
        }
    }

    [Theory]
    [InlineData("Development", false)]
    [InlineData("Production", true)]
    [InlineData("Staging", true)]
    public async Task NoDemoAccountWithoutDemoDataOrOutsideDevelopment(string environment, bool demoData)
    {
        await using var app = new Variant(environment, demoData);

        Assert.Empty(await UserNamesAsync(app));
    }

    private static async Task<List<string>> UserNamesAsync(WebApplicationFactory<Program> app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.Users.Select(u => u.UserName!).OrderBy(n => n).ToListAsync(Cancellation);
    }

    private sealed class Variant(string environment, bool demoData) : SteeringAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            builder.UseSetting("Seed:DemoData", demoData ? "true" : "false");
        }
    }
}
