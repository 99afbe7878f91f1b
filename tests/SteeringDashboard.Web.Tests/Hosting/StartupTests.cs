using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Hosting;

public sealed class StartupTests(SteeringAppFactory app) : IClassFixture<SteeringAppFactory>
{
    [Fact]
    public async Task HomePageAnswersOkOnFreshDatabase()
    {
        using var client = await app.CreateSignedInClientAsync();

        using var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ACircuitsPopoverServiceDetachesClosedPopoversEveryFiveSeconds()
    {
        await using var circuit = app.Services.CreateAsyncScope();

        var popovers = circuit.ServiceProvider.GetRequiredService<IPopoverService>();

        // Its batch timer runs for as long as the circuit lives: with thousands of dashboards open, each tick is paid thousands of times.
        Assert.Equal(TimeSpan.FromSeconds(5), popovers.PopoverOptions.QueueDelay);
    }

    [Fact]
    public async Task HealthIsHealthyOnFreshDatabase()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("vi-VN", "Không tìm thấy trang")]
    [InlineData("en-US", "Page not found")]
    public async Task AnUnknownAddressAnswers404WithAPageInTheUsersLanguage(string language, string heading)
    {
        using var client = await app.CreateSignedInClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        using var response = await client.GetAsync("/no-such-page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(heading, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownDatabaseProviderStopsTheStartNamingTheValidOnes()
    {
        await using var mistyped = new WithProvider("Postgres");

        var refusal = Record.Exception(() => mistyped.Services);

        var messages = new List<string>();
        for (var e = refusal; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        Assert.Contains("Database:Provider is 'Postgres', which is not a supported database provider: use Sqlite or PostgreSQL.", messages);
    }

    private sealed class WithProvider(string provider) : SteeringAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:Provider", provider);
        }
    }
}
