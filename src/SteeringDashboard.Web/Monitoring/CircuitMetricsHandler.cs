using Microsoft.AspNetCore.Components.Server.Circuits;

namespace SteeringDashboard.Web.Monitoring;

/// <summary>Counts circuits and their connections for <see cref="SteeringMetrics"/>.</summary>
public sealed class CircuitMetricsHandler(SteeringMetrics metrics) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitOpened();
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.ConnectionUp();
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.ConnectionDown();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitClosed();
        return Task.CompletedTask;
    }
}
