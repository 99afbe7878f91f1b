using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.LoadTest;
using SteeringDashboard.Web.Monitoring;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Monitoring;

/// <summary>
/// Tests that read the metrics endpoint run in this collection, after the others and alone: OpenTelemetry's listener hears
/// every meter of the process by its name, so another test app alive at the same time (every app has the "SteeringDashboard"
/// meter) would merge its own instruments into the app's series or retire them when it ends.
/// </summary>
[CollectionDefinition(nameof(ProcessMetricsTests), DisableParallelization = true)]
public sealed class ProcessMetricsTests;

/// <summary>The Prometheus endpoint of the whole app: its own listener on a loopback port, never the app's public port.</summary>
[Collection(nameof(ProcessMetricsTests))]
public sealed class MetricsEndpointTests(MeteredLiveSteeringApp app) : IClassFixture<MeteredLiveSteeringApp>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheEndpointAnswersWithTheAppsOwnMetricsAndTheProcessMemory()
    {
        var account = await app.CreateAccountAsync(SteeringRole.CommitteeMember);
        using var session = await AppSession.SignInAsync(app.BaseAddress, account.UserName, SteeringAppFactory.TestPassword, null, Cancellation);
        var page = await session.LoadPageAsync("/", Cancellation);
        await using var circuit = await BlazorCircuit.StartAsync(session, page, "/", new ProblemLog(), TimeSpan.FromSeconds(60), Cancellation);
        using var scraper = new HttpClient();

        var metrics = await ScrapeUntilAsync(scraper, text => ServerMetrics.ValueOf(text, "steering_live_subscribers") >= 1);

        Assert.True(ServerMetrics.ValueOf(metrics, "steering_circuits_open") >= 1, metrics);
        Assert.True(ServerMetrics.ValueOf(metrics, "steering_circuits_connected") >= 1, metrics);
        Assert.True(ServerMetrics.ValueOf(metrics, "steering_live_subscribers") >= 1, metrics);
        Assert.NotNull(ServerMetrics.ValueOf(metrics, "steering_live_updates_total"));
        Assert.NotNull(ServerMetrics.ValueOf(metrics, "steering_live_changes_total"));
        Assert.True(ServerMetrics.ValueOf(metrics, ServerMetrics.WorkingSetMetric) > 0, metrics);
        // The ASP.NET Core meters (http_server_request_duration_seconds, aspnetcore_components_circuit_*) are exported too but
        // not asserted: the other test apps in this process publish meters of the same names, and OpenTelemetry merges such
        // streams and retires them with whichever app ends first.
    }

    [Fact]
    public async Task ASaveAConflictAndAFailedSignInAreCountedWithTheQueryDurationsAndTheLiveUpdateDelay()
    {
        var member = await app.CreateAccountAsync(SteeringRole.CommitteeMember);
        using var session = await AppSession.SignInAsync(app.BaseAddress, member.UserName, SteeringAppFactory.TestPassword, null, Cancellation);
        var page = await session.LoadPageAsync("/", Cancellation);
        await using var circuit = await BlazorCircuit.StartAsync(session, page, "/", new ProblemLog(), TimeSpan.FromSeconds(60), Cancellation);
        using var scraper = new HttpClient();
        await ScrapeUntilAsync(scraper, text => ServerMetrics.ValueOf(text, "steering_live_subscribers") >= 1);
        using var stranger = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = app.BaseAddress };
        var updates = app.Services.GetRequiredService<AssignmentUpdateService>();
        var agency = new Caller((await app.CreateAccountAsync(SteeringRole.StandingAgency)).UserId);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        var loaded = (await updates.LoadForEditAsync(await db.Assignments.Select(a => a.Id).FirstAsync(Cancellation), Cancellation))!;
        var edit = new AssignmentEdit(loaded.Current.AssignmentId, loaded.Current.Version, AssignmentState.InProgress, 55, null, "counted");

        using (var refused = await SteeringAppFactory.PostSignInAsync(stranger, member.UserName, "not the password at all"))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        Assert.IsType<EditOutcome.Saved>(await updates.UpdateAsync(edit, agency, cancellationToken: Cancellation));
        Assert.IsType<EditOutcome.Conflict>(await updates.UpdateAsync(edit, agency, cancellationToken: Cancellation));
        var metrics = await ScrapeUntilAsync(scraper, text => ServerMetrics.ValueOf(text, "steering_live_update_delay_seconds_count") >= 1);

        Assert.True(LabelledValue(metrics, "steering_signin_failures_total", "reason=\"password\"") >= 1, metrics);
        Assert.True(LabelledValue(metrics, "steering_saves_total", "kind=\"assignment\"") >= 1, metrics);
        Assert.True(LabelledValue(metrics, "steering_saves_conflicts_total", "kind=\"assignment\"") >= 1, metrics);
        Assert.True(LabelledValue(metrics, "steering_db_command_duration_seconds_count", "command=\"reader\"") >= 1, metrics);
        Assert.True(ServerMetrics.ValueOf(metrics, "steering_live_update_delay_seconds_count") >= 1, metrics);
    }

    [Fact]
    public async Task TheAppsOwnPortDoesNotServeTheMetricsEvenToASignedInAccount()
    {
        var account = await app.CreateAccountAsync(SteeringRole.Administrator);
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = app.BaseAddress };
        using (var signedIn = await SteeringAppFactory.PostSignInAsync(client, account.UserName, SteeringAppFactory.TestPassword, returnUrl: "/health"))
        {
            Assert.Equal("/health", signedIn.RequestMessage?.RequestUri?.AbsolutePath);
        }

        using var response = await client.GetAsync(new Uri(app.MetricsAddress.PathAndQuery, UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("steering_circuits_open", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public void ByDefaultTheEndpointListensOnThisMachineOnly()
    {
        var url = new Uri(new MetricsOptions().Url!);

        Assert.True(IPAddress.Parse(url.Host).Equals(IPAddress.Loopback), url.ToString());
        Assert.Equal(9464, url.Port);
    }

    /// <summary>The value of the first series of <paramref name="metric"/> whose labels include <paramref name="label"/>.</summary>
    private static double? LabelledValue(string exposition, string metric, string label) =>
        exposition.Split('\n')
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) && line[..line.IndexOf('}', StringComparison.Ordinal)].Contains(label, StringComparison.Ordinal))
            .Select(line => double.Parse(line[(line.IndexOf('}', StringComparison.Ordinal) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture))
            .Cast<double?>()
            .FirstOrDefault();

    // The circuit's first batch may be the head's: the page subscribes to live changes a moment later.
    private async Task<string> ScrapeUntilAsync(HttpClient scraper, Func<string, bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var metrics = await scraper.GetStringAsync(app.MetricsAddress, Cancellation);
        while (!condition(metrics) && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100, Cancellation);
            metrics = await scraper.GetStringAsync(app.MetricsAddress, Cancellation);
        }

        return metrics;
    }
}
