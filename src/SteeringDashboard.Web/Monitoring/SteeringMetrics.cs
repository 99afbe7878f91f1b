using System.Diagnostics.Metrics;
using SteeringDashboard.Core.Live;

namespace SteeringDashboard.Web.Monitoring;

/// <summary>
/// The app's own meter: open and connected circuits, the live updates handed to open screens and their delay, saves by kind
/// (conflicts are counted where they are detected, <see cref="SaveConflicts"/>), database command durations, sign-in failures,
/// scheduled backups, and the collections run after a burst of screens (<see cref="Hosting.IdleCollector"/>). Read by the
/// OpenTelemetry metrics endpoint with the runtime and ASP.NET Core meters (see <see cref="MetricsServiceCollectionExtensions"/>).
/// </summary>
public sealed class SteeringMetrics
{
    public const string MeterName = "SteeringDashboard";

    private readonly UpDownCounter<long> _openCircuits;
    private readonly UpDownCounter<long> _connectedCircuits;
    private readonly Counter<long> _saves;
    private readonly Histogram<double> _queryDuration;
    private readonly Counter<long> _signInFailures;
    private readonly Counter<long> _backups;
    private readonly Histogram<double> _idleCollections;
    private long _lastBackupUnixSeconds;

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
        var updateDelay = meter.CreateHistogram(
            "steering.live.update.delay", "s", "From a saved change's announcement until a screen following changes has taken it.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
        _saves = meter.CreateCounter<long>("steering.saves", "{save}", "Saves committed, by what was saved (each announced to open screens).");
        _queryDuration = meter.CreateHistogram(
            "steering.db.command.duration", "s", "How long the database took to run each command the app sent (queries and writes).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
        _signInFailures = meter.CreateCounter<long>(
            "steering.signin.failures", "{attempt}", "Sign-in attempts refused, by reason (password, second_factor, locked_out, throttled).");
        _backups = meter.CreateCounter<long>("steering.backups", "{backup}", "Scheduled backups run, by outcome (succeeded, failed).");
        _idleCollections = meter.CreateHistogram(
            "steering.gc.idle_collection.duration", "s", "Full collections the app ran at a quiet moment after a burst of screens opened, and how long each call took (a wait for a background collection of the runtime's included).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1] });
        meter.CreateObservableGauge(
            "steering.backup.last_success", () => Interlocked.Read(ref _lastBackupUnixSeconds), "s",
            "When the last scheduled backup succeeded (Unix time; 0 before the first): alert when it grows old.");

        // The notifier calls these on the writer's and the notifier's threads: a counter add and a histogram record are quick.
        notifier.InvalidateOnPublish(change => _saves.Add(1, new KeyValuePair<string, object?>("kind", SaveKinds.NameOf(change.Kind))));
        notifier.ObserveDeliveries(delay => updateDelay.Record(delay.TotalSeconds));
    }

    public void CircuitOpened() => _openCircuits.Add(1);

    public void CircuitClosed() => _openCircuits.Add(-1);

    public void ConnectionUp() => _connectedCircuits.Add(1);

    public void ConnectionDown() => _connectedCircuits.Add(-1);

    /// <param name="command">reader, scalar or non_query.</param>
    public void CommandExecuted(string command, TimeSpan duration) =>
        _queryDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("command", command));

    /// <param name="reason">password (a wrong password, an unknown name or a disabled account, told apart nowhere else either),
    /// second_factor, locked_out or throttled.</param>
    public void SignInFailed(string reason) => _signInFailures.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void BackupSucceeded(DateTimeOffset at)
    {
        _backups.Add(1, new KeyValuePair<string, object?>("outcome", "succeeded"));
        Interlocked.Exchange(ref _lastBackupUnixSeconds, at.ToUnixTimeSeconds());
    }

    public void BackupFailed() => _backups.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));

    public void IdleCollectionRan(TimeSpan duration) => _idleCollections.Record(duration.TotalSeconds);
}
