using System.Diagnostics.Metrics;
using SteeringDashboard.Core.Live;

namespace SteeringDashboard.Web.Monitoring;

/// <summary>
/// The app's own meter: open and connected circuits, and the live updates handed to open screens. Read by the
/// OpenTelemetry metrics endpoint with the runtime and ASP.NET Core meters (see <see cref="MetricsServiceCollectionExtensions"/>).
/// </summary>
public sealed class SteeringMetrics
{
    public const string MeterName = "SteeringDashboard";

    private readonly UpDownCounter<long> _openCircuits;
    private readonly UpDownCounter<long> _connectedCircuits;

    public SteeringMetrics(IMeterFactory meters, ChangeNotifier notifier)
    {
        var meter = meters.Create(MeterName);
        _openCircuits = meter.CreateUpDownCounter<long>(
            "steering.circuits.open", "{circuit}", "Interactive screens (Blazor circuits) open, connected or waiting for their browser to come back.");
        _connectedCircuits = meter.CreateUpDownCounter<long>(
            "steering.circuits.connected", "{circuit}", "Open circuits whose browser is connected.");
        meter.CreateObservableCounter(
            "steering.live.changes", () => notifier.ChangesPublished, "{change}", "Saved changes announced to open screens.");
        meter.CreateObservableCounter(
            "steering.live.updates", () => notifier.UpdatesDelivered, "{update}", "Live updates sent: each announced change once per screen following changes.");
        meter.CreateObservableGauge(
            "steering.live.subscribers", () => notifier.SubscriberCount, "{screen}", "Screens following live changes now.");
    }

    public void CircuitOpened() => _openCircuits.Add(1);

    public void CircuitClosed() => _openCircuits.Add(-1);

    public void ConnectionUp() => _connectedCircuits.Add(1);

    public void ConnectionDown() => _connectedCircuits.Add(-1);
}
