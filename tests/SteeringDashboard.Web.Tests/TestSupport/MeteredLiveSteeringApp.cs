using System.Net;
using System.Net.Sockets;

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

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
