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

    [Fact]
    public async Task OutsideDevelopmentTheDemoDataIsOffUnlessTheConfigurationAsksForIt()
    {
        await using var app = new Variant("Production", demoData: null);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        Assert.True(await db.Plans.AnyAsync(Cancellation));
        Assert.False(await db.AssignmentHistory.AnyAsync(Cancellation));
    }

    [Fact]
    public async Task OutsideDevelopmentTheAppRefusesToStartOnADatabaseCopiedFromADemoInstall()
    {
        using var database = new TemporaryDatabase();
        await using (var demo = new Variant(Environments.Development, demoData: true, database.ConnectionString))
        {
            Assert.NotEmpty(await UserNamesAsync(demo));
        }

        await using var production = new Variant("Production", demoData: null, database.ConnectionString);

        var refusal = Record.Exception(() => production.Services);

        // The start-up's own exception, however the host reports it.
        var message = string.Join(" | ", Chain(refusal).Select(e => e.Message));
        Assert.Contains("demo accounts with their public passwords (admin, committee, police, reporter.badinh, reporter.dolisa, secretariat)", message, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    private static async Task<List<string>> UserNamesAsync(WebApplicationFactory<Program> app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.Users.Select(u => u.UserName!).OrderBy(n => n).ToListAsync(Cancellation);
    }

    /// <summary>The app in <paramref name="environment"/>, with Seed:DemoData set as given (null: not set at all), on its own database or on <paramref name="connectionString"/>.</summary>
    private sealed class Variant(string environment, bool? demoData, string? connectionString = null) : SteeringAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            if (demoData is { } value)
            {
                builder.UseSetting("Seed:DemoData", value ? "true" : "false");
            }

            if (connectionString is not null)
            {
                builder.UseSetting("ConnectionStrings:Steering", connectionString);
            }
        }
    }
}
