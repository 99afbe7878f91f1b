using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace SteeringDashboard.Core.Live;

/// <summary>What a saved change touched, so that open screens re-query only when it concerns them.</summary>
/// <param name="UnitIds">The units whose figures changed.</param>
public sealed record DataChange(ChangeKind Kind, int PlanId, IReadOnlyList<int> UnitIds, DateTime AtUtc, string ChangedBy)
{
    /// <summary>
    /// Anything may have changed: this instance could not hear the other instances' changes for a while (its connection to
    /// them was lost), so every screen reloads and every shared result is dropped.
    /// </summary>
    public static DataChange CatchUp(DateTime atUtc) => new(ChangeKind.CatchUp, 0, [], atUtc, "");

    public bool IsCatchUp => Kind == ChangeKind.CatchUp;
}

public enum ChangeKind
{
    /// <summary>See <see cref="DataChange.CatchUp"/>.</summary>
    CatchUp = 0,

    Assignment = 1,
    CampaignResult = 2,

    /// <summary>Monthly indicator figures (not tied to a plan: the change's PlanId is 0).</summary>
    IndicatorFigures = 3,

    /// <summary>A unit's report submitted, corrected or returned.</summary>
    Report = 4,

    /// <summary>A conference's record, invitations, checklist or agenda.</summary>
    Conference = 5,

    /// <summary>A nomination for commendation proposed, reviewed, approved, rejected or moved in the reading order.</summary>
    Commendation = 6,
}

/// <summary>
/// Tells every open screen (every subscribed circuit) about saved changes. Thread-safe; each subscriber runs on
/// its own task, so a slow or failing subscriber delays and breaks no other, nor the writer that published.
/// </summary>
public sealed class ChangeNotifier(ILogger<ChangeNotifier> logger)
{
    private readonly Lock _lock = new();
    private List<Subscription> _subscriptions = [];
    private List<Action<DataChange>> _invalidations = [];
    private List<Action<DataChange>> _forwards = [];
    private List<Action<TimeSpan>> _deliveryObservers = [];
    private long _changesPublished;
    private long _updatesDelivered;

    public int SubscriberCount
    {
        get
        {
            lock (_lock)
            {
                return _subscriptions.Count;
            }
        }
    }

    /// <summary>Changes published since start, for the app's metrics.</summary>
    public long ChangesPublished => Interlocked.Read(ref _changesPublished);

    /// <summary>Changes handed to subscribers (one per subscriber per change) since start, for the app's metrics.</summary>
    public long UpdatesDelivered => Interlocked.Read(ref _updatesDelivered);

    /// <summary>Calls <paramref name="handler"/> for every change published until the returned subscription is disposed.</summary>
    public IDisposable Subscribe(Func<DataChange, Task> handler)
    {
        var subscription = new Subscription(this, handler);
        lock (_lock)
        {
            // Copy on write: Publish iterates a snapshot without holding the lock.
            _subscriptions = [.. _subscriptions, subscription];
        }

        return subscription;
    }

    /// <summary>
    /// Calls <paramref name="invalidate"/> for every change published from now on, on the publisher's thread and before any
    /// subscriber hears of it, so that results shared between screens are dropped before a screen asks for them again. It
    /// lasts as long as the notifier (shared results are singletons too), and must be quick and must not throw.
    /// </summary>
    public void InvalidateOnPublish(Action<DataChange> invalidate)
    {
        lock (_lock)
        {
            _invalidations = [.. _invalidations, invalidate];
        }
    }

    /// <summary>
    /// Calls <paramref name="forward"/> for every change published on this instance from now on (not for those received from
    /// other instances), on the publisher's thread, so that a backplane carries it to the other instances. It must be quick
    /// and must not throw.
    /// </summary>
    public void ForwardOnPublish(Action<DataChange> forward)
    {
        lock (_lock)
        {
            _forwards = [.. _forwards, forward];
        }
    }

    /// <summary>
    /// Calls <paramref name="observe"/> with the delay of every delivery from now on: from the change's publication until its
    /// subscriber has taken it (a screen has it on its circuit's dispatcher). For the app's metrics: quick, and must not throw.
    /// </summary>
    public void ObserveDeliveries(Action<TimeSpan> observe)
    {
        lock (_lock)
        {
            _deliveryObservers = [.. _deliveryObservers, observe];
        }
    }

    /// <summary>
    /// Hands the change to every subscriber and to the backplane, if any, and returns at once; the task completes when all
    /// subscribers have handled it (writers do not wait for it; tests may).
    /// </summary>
    public Task Publish(DataChange change)
    {
        List<Action<DataChange>> forwards;
        lock (_lock)
        {
            forwards = _forwards;
        }

        foreach (var forward in forwards)
        {
            forward(change);
        }

        return Deliver(change);
    }

    /// <summary>Hands a change published on another instance (or a catch-up after a gap) to this instance's subscribers only.</summary>
    public Task PublishFromElsewhere(DataChange change) => Deliver(change);

    private Task Deliver(DataChange change)
    {
        List<Subscription> snapshot;
        List<Action<DataChange>> invalidations;
        List<Action<TimeSpan>> observers;
        lock (_lock)
        {
            snapshot = _subscriptions;
            invalidations = _invalidations;
            observers = _deliveryObservers;
        }

        var published = Stopwatch.GetTimestamp();

        foreach (var invalidate in invalidations)
        {
            invalidate(change);
        }

        Interlocked.Increment(ref _changesPublished);
        Interlocked.Add(ref _updatesDelivered, snapshot.Count);

        // Subscribers run in their own context, not the writer's: no culture or other async-local state of the
        // writer's circuit leaks into another circuit.
        using (ExecutionContext.SuppressFlow())
        {
            return Task.WhenAll(snapshot.Select(subscription => Task.Run(() => DeliverAsync(subscription, change, published, observers))).ToList());
        }
    }

    private async Task DeliverAsync(Subscription subscription, DataChange change, long published, List<Action<TimeSpan>> observers)
    {
        try
        {
            await subscription.Handler(change);
            var delay = Stopwatch.GetElapsedTime(published);
            observers.ForEach(observe => observe(delay));
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "A subscriber failed to handle a {ChangeKind} change of plan {PlanId}", change.Kind, change.PlanId);
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_lock)
        {
            _subscriptions = _subscriptions.Where(s => s != subscription).ToList();
        }
    }

    private sealed class Subscription(ChangeNotifier owner, Func<DataChange, Task> handler) : IDisposable
    {
        private int _disposed;

        public Func<DataChange, Task> Handler { get; } = handler;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(this);
            }
        }
    }
}
