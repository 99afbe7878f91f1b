using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Security;
using SteeringDashboard.LoadTest;

namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>
/// <see cref="LiveSteeringApp"/> with its Prometheus metrics endpoint on a free loopback port of its own
/// (<see cref="MetricsAddress"/>), as an operator's install has it on <c>Metrics:Url</c>.
/// </summary>
public sealed class MeteredLiveSteeringApp : LiveSteeringApp
{
    private readonly int _metricsPort = FreeLoopbackPort();

    /// <summary>The scraping address, e.g. http://127.0.0.1:41235/metrics.</summary>
    public Uri MetricsAddress => new($"http://127.0.0.1:{_metricsPort}/metrics");

    protected override string? MetricsUrl => $"http://127.0.0.1:{_metricsPort}/";

    /// <summary>
    /// The load client's options for a committee member of its own watching today's dashboard while a standing agency
    /// account of its own saves, with this app's metrics; the writer is returned to find its saves.
    /// </summary>
    public async Task<(LoadTestOptions Options, Actor Writer)> TodaysDashboardLoadAsync()
    {
        var viewer = await CreateAccountAsync(SteeringRole.CommitteeMember);
        var writer = await CreateAccountAsync(SteeringRole.StandingAgency);
        var today = HanoiTime.DateOf(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var options = new LoadTestOptions
        {
            Url = BaseAddress,
            User = viewer.UserName,
            Password = TestPassword,
            Writer = writer.UserName,
            WriterPassword = TestPassword,
            WriterTotpKey = TestAuthenticatorKey,
            Route = $"/?asof={today}",
            MetricsUrl = MetricsAddress,
        };
        return (options, writer);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
