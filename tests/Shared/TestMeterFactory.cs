using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using SteeringDashboard.Core.Live;

namespace SteeringDashboard.TestSupport;

/// <summary>
/// Meters for services a test constructs by hand, scoped to this factory so that a <see cref="MeterListener"/> hears only the
/// test's own instruments (<see cref="Measure"/>).
/// </summary>
public sealed class TestMeterFactory : IMeterFactory
{
    private readonly ConcurrentBag<Meter> _meters = [];

    /// <summary>A conflict counter on meters nobody reads, for tests about something else.</summary>
    public static SaveConflicts UnobservedConflicts() => new(new TestMeterFactory());

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
        _meters.Add(meter);
        return meter;
    }

    /// <summary>Runs <paramref name="action"/> and returns what the instrument named <paramref name="instrument"/> recorded meanwhile, with each measurement's tags.</summary>
    public async Task<IReadOnlyList<(long Value, IReadOnlyDictionary<string, object?> Tags)>> Measure(string instrument, Func<Task> action)
    {
        var measured = new ConcurrentQueue<(long, IReadOnlyDictionary<string, object?>)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (published, l) =>
        {
            if (published.Meter.Scope == this && published.Name == instrument)
            {
                l.EnableMeasurementEvents(published);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            measured.Enqueue((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();
        await action();
        return [.. measured];
    }

    public void Dispose()
    {
        foreach (var meter in _meters)
        {
            meter.Dispose();
        }
    }
}
