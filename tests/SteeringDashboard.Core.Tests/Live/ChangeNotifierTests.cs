using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Live;

namespace SteeringDashboard.Core.Tests.Live;

public sealed class ChangeNotifierTests
{
    private static readonly DataChange Change = new(ChangeKind.Assignment, 1, [7], DateTime.UtcNow, "tester");

    private readonly ChangeNotifier _notifier = new(NullLogger<ChangeNotifier>.Instance);

    [Fact]
    public async Task EverySubscriberReceivesTheChange()
    {
        var received = new int[5];
        var subscriptions = Enumerable.Range(0, received.Length)
            .Select(i => _notifier.Subscribe(change =>
            {
                Interlocked.Increment(ref received[i]);
                Assert.Same(Change, change);
                return Task.CompletedTask;
            }))
            .ToList();

        await _notifier.Publish(Change);

        Assert.All(received, count => Assert.Equal(1, count));
        subscriptions.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task AThrowingSubscriberDoesNotStopTheOthers()
    {
        var others = 0;
        using var before = _notifier.Subscribe(_ => { Interlocked.Increment(ref others); return Task.CompletedTask; });
        using var broken = _notifier.Subscribe(_ => throw new InvalidOperationException("circuit gone"));
        using var brokenAsync = _notifier.Subscribe(async _ => { await Task.Yield(); throw new InvalidOperationException("render failed"); });
        using var after = _notifier.Subscribe(_ => { Interlocked.Increment(ref others); return Task.CompletedTask; });

        await _notifier.Publish(Change);

        Assert.Equal(2, others);
    }

    [Fact]
    public async Task ASlowSubscriberDoesNotDelayTheOthers()
    {
        var stuck = new TaskCompletionSource();
        var delivered = new TaskCompletionSource();
        using var slow = _notifier.Subscribe(_ => stuck.Task);
        using var fast = _notifier.Subscribe(_ => { delivered.TrySetResult(); return Task.CompletedTask; });

        var publishing = _notifier.Publish(Change);

        await delivered.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.False(publishing.IsCompleted);
        stuck.SetResult();
        await publishing;
    }

    [Fact]
    public async Task DisposingASubscriptionRestoresTheCountAndStopsDelivery()
    {
        var before = _notifier.SubscriberCount;
        var calls = 0;
        var subscription = _notifier.Subscribe(_ => { calls++; return Task.CompletedTask; });
        Assert.Equal(before + 1, _notifier.SubscriberCount);

        subscription.Dispose();
        subscription.Dispose();
        await _notifier.Publish(Change);

        Assert.Equal(before, _notifier.SubscriberCount);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task SubscribingAndDisposingFromManyThreadsLeavesNoSubscription()
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), TestContext.Current.CancellationToken, async (_, _) =>
        {
            using var subscription = _notifier.Subscribe(_ => Task.CompletedTask);
            await _notifier.Publish(Change);
        });

        Assert.Equal(0, _notifier.SubscriberCount);
    }

    [Fact]
    public async Task SubscribersDoNotRunInThePublishersContext()
    {
        var publisherState = new AsyncLocal<string> { Value = "writer's circuit" };
        string? seen = "not called";
        using var subscription = _notifier.Subscribe(_ => { seen = publisherState.Value; return Task.CompletedTask; });

        await _notifier.Publish(Change);

        Assert.Null(seen);
    }

    [Fact]
    public async Task SharedResultsAreDroppedBeforeAnySubscriberHearsOfTheChange()
    {
        var dropped = 0;
        var droppedWhenHeard = new List<int>();
        _notifier.InvalidateOnPublish(change => { Assert.Same(Change, change); Interlocked.Increment(ref dropped); });
        using var first = _notifier.Subscribe(_ => { lock (droppedWhenHeard) { droppedWhenHeard.Add(Volatile.Read(ref dropped)); } return Task.CompletedTask; });
        using var second = _notifier.Subscribe(_ => { lock (droppedWhenHeard) { droppedWhenHeard.Add(Volatile.Read(ref dropped)); } return Task.CompletedTask; });

        await _notifier.Publish(Change);

        Assert.Equal([1, 1], droppedWhenHeard);
    }

    [Fact]
    public async Task AChangePublishedHereIsForwardedToTheOtherInstancesAndOneFromElsewhereIsNot()
    {
        var forwarded = new List<DataChange>();
        var heard = new List<DataChange>();
        var fromElsewhere = Change with { ChangedBy = "someone on another instance" };
        _notifier.ForwardOnPublish(forwarded.Add);
        using var subscription = _notifier.Subscribe(change => { lock (heard) { heard.Add(change); } return Task.CompletedTask; });

        await _notifier.Publish(Change);
        await _notifier.PublishFromElsewhere(fromElsewhere);

        Assert.Equal([Change], forwarded);
        Assert.Equal([Change, fromElsewhere], heard);
    }
}
