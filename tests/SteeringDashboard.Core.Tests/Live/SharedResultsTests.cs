using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Live;

namespace SteeringDashboard.Core.Tests.Live;

public sealed class SharedResultsTests
{
    private readonly ChangeNotifier _notifier = new(NullLogger<ChangeNotifier>.Instance);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CircuitsAskingForTheSameSelectionAtOnceShareOneComputationAndOneResult()
    {
        var results = new UnitAnswers(_notifier, capacity: 10);
        results.Hold();

        var waiting = Enumerable.Range(0, 50).Select(_ => results.GetAsync(7, Cancellation)).ToList();
        results.Release();
        var answers = await Task.WhenAll(waiting);

        Assert.Equal(1, results.Computations(7));
        Assert.All(answers, answer => Assert.Same(answers[0], answer));
    }

    [Fact]
    public async Task AKeptAnswerIsHandedOutAgainWithoutComputing()
    {
        var results = new UnitAnswers(_notifier, capacity: 10);
        var first = await results.GetAsync(7, Cancellation);

        var second = await results.GetAsync(7, Cancellation);

        Assert.Same(first, second);
        Assert.Equal(1, results.Computations(7));
    }

    [Fact]
    public async Task AChangeRecomputesOnlyTheSelectionsItAffects()
    {
        var results = new UnitAnswers(_notifier, capacity: 10);
        var before7 = await results.GetAsync(7, Cancellation);
        var before8 = await results.GetAsync(8, Cancellation);

        await _notifier.Publish(ChangeOf(7));

        Assert.NotSame(before7, await results.GetAsync(7, Cancellation));
        Assert.Same(before8, await results.GetAsync(8, Cancellation));
        Assert.Equal(2, results.Computations(7));
        Assert.Equal(1, results.Computations(8));
    }

    [Fact]
    public async Task ACatchUpFromAnotherInstanceDropsEverySelection()
    {
        var results = new UnitAnswers(_notifier, capacity: 10);
        var before7 = await results.GetAsync(7, Cancellation);
        var before8 = await results.GetAsync(8, Cancellation);

        await _notifier.PublishFromElsewhere(DataChange.CatchUp(DateTime.UtcNow));

        Assert.NotSame(before7, await results.GetAsync(7, Cancellation));
        Assert.NotSame(before8, await results.GetAsync(8, Cancellation));
    }

    [Fact]
    public async Task AComputationUnderWayWhenAChangeArrivesIsNotKeptAsTheAnswer()
    {
        var results = new UnitAnswers(_notifier, capacity: 10);
        results.Hold();
        var early = results.GetAsync(7, Cancellation);

        await _notifier.Publish(ChangeOf(7));
        results.Release();
        await early;
        var after = await results.GetAsync(7, Cancellation);

        Assert.NotSame(await early, after);
        Assert.Equal(2, results.Computations(7));
    }

    [Fact]
    public async Task AFailedComputationIsNotKept()
    {
        var results = new UnitAnswers(_notifier, capacity: 10) { FailNext = true };

        await Assert.ThrowsAsync<InvalidOperationException>(() => results.GetAsync(7, Cancellation));
        var answer = await results.GetAsync(7, Cancellation);

        Assert.Equal(7, answer!.Key);
        Assert.Equal(2, results.Computations(7));
    }

    [Fact]
    public async Task BeyondItsCapacityTheLeastRecentlyUsedSelectionIsDropped()
    {
        var results = new UnitAnswers(_notifier, capacity: 2);
        await results.GetAsync(1, Cancellation);
        await results.GetAsync(2, Cancellation);
        await results.GetAsync(1, Cancellation);

        await results.GetAsync(3, Cancellation);
        await results.GetAsync(1, Cancellation);
        await results.GetAsync(2, Cancellation);

        Assert.Equal(2, results.Count);
        Assert.Equal(1, results.Computations(1));
        Assert.Equal(2, results.Computations(2));
    }

    [Fact]
    public async Task ACircuitThatStopsWaitingDoesNotCancelTheComputationForTheOthers()
    {
        var results = new UnitAnswers(_notifier, capacity: 10);
        results.Hold();
        using var leaving = new CancellationTokenSource();
        var left = results.GetAsync(7, leaving.Token);
        var staying = results.GetAsync(7, Cancellation);

        await leaving.CancelAsync();
        results.Release();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => left);
        Assert.Equal(7, (await staying)!.Key);
        Assert.Equal(1, results.Computations(7));
    }

    private static DataChange ChangeOf(int unitId) => new(ChangeKind.Assignment, 1, [unitId], DateTime.UtcNow, "tester");

    private sealed record Answer(int Key);

    /// <summary>An answer per unit id, affected by the changes naming that unit; counts its computations and can hold them.</summary>
    private sealed class UnitAnswers(ChangeNotifier notifier, int capacity) : SharedResults<int, Answer>(notifier, capacity)
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<int, int> _computations = [];
        private TaskCompletionSource _gate = Open();

        public bool FailNext { get; set; }

        public int Computations(int key)
        {
            lock (_lock)
            {
                return _computations.GetValueOrDefault(key);
            }
        }

        public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _gate.TrySetResult();

        protected override async Task<Answer?> ComputeAsync(int key, CancellationToken cancellationToken)
        {
            lock (_lock)
            {
                _computations[key] = _computations.GetValueOrDefault(key) + 1;
            }

            await _gate.Task;
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("database unavailable");
            }

            return new Answer(key);
        }

        protected override bool IsAffectedBy(int key, DataChange change) => change.UnitIds.Contains(key);

        private static TaskCompletionSource Open()
        {
            var open = new TaskCompletionSource();
            open.SetResult();
            return open;
        }
    }
}
