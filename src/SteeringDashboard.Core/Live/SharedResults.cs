namespace SteeringDashboard.Core.Live;

/// <summary>
/// The current answer of a screen's queries per selection, shared by every circuit that shows the same selection, so that
/// hundreds of open screens cost one computation per change instead of one each. The first circuit to ask starts the
/// computation and the others await the same task (single flight); all of them get the same result, which they must not
/// change. A published change drops the answers it affects before any screen hears of it (see
/// <see cref="ChangeNotifier.InvalidateOnPublish"/>), so the screens that reload for it compute it once between them.
/// Answers no change can affect (a selection as of a past date) stay until they are the least recently used beyond
/// <see cref="Capacity"/>, which bounds the memory. A result holds nothing that depends on who reads it: each circuit
/// applies its reader's disclosure to it afterwards.
/// </summary>
/// <typeparam name="TKey">The selection: a value with equality (a record).</typeparam>
/// <typeparam name="TResult">The answer; null when the selection names nothing (e.g. an unknown unit).</typeparam>
public abstract class SharedResults<TKey, TResult>
    where TKey : notnull
    where TResult : class
{
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, LinkedListNode<Entry>> _entries = [];

    // Most recently used first.
    private readonly LinkedList<Entry> _byUse = [];

    protected SharedResults(ChangeNotifier notifier, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        notifier.InvalidateOnPublish(Invalidate);
    }

    /// <summary>How many selections are kept at most.</summary>
    public int Capacity { get; }

    /// <summary>How many selections have an answer (or a computation under way).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// The current answer for <paramref name="key"/>, computed now only when no other circuit has it or is computing it.
    /// <paramref name="cancellationToken"/> ends this caller's wait, not the shared computation.
    /// </summary>
    public Task<TResult?> GetAsync(TKey key, CancellationToken cancellationToken = default)
    {
        Task<TResult?> result;
        lock (_lock)
        {
            // A failed computation is not an answer: the next caller tries again (even before Forget has dropped it).
            if (_entries.TryGetValue(key, out var node) && !node.Value.Result.IsFaulted && !node.Value.Result.IsCanceled)
            {
                _byUse.Remove(node);
                _byUse.AddFirst(node);
                result = node.Value.Result;
            }
            else
            {
                if (node is not null)
                {
                    Remove(node);
                }

                result = Start(key);
            }
        }

        return result.WaitAsync(cancellationToken);
    }

    /// <summary>Computes the answer for <paramref name="key"/> from the database.</summary>
    protected abstract Task<TResult?> ComputeAsync(TKey key, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="change"/> may alter the answer for <paramref name="key"/>; called under a lock, so keep it cheap.</summary>
    protected abstract bool IsAffectedBy(TKey key, DataChange change);

    private Task<TResult?> Start(TKey key)
    {
        Task<TResult?> result;

        // The computation is shared: it runs in no circuit's context (culture, cancellation) and outlives the caller's wait.
        using (ExecutionContext.SuppressFlow())
        {
            result = Task.Run(() => ComputeAsync(key, CancellationToken.None));
        }

        var node = _byUse.AddFirst(new Entry(key, result));
        _entries[key] = node;
        if (_entries.Count > Capacity)
        {
            Remove(_byUse.Last!);
        }

        // Nor is a failed computation kept while nobody asks again.
        result.ContinueWith(
            _ => Forget(node),
            CancellationToken.None,
            TaskContinuationOptions.NotOnRanToCompletion,
            TaskScheduler.Default);
        return result;
    }

    private void Forget(LinkedListNode<Entry> node)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(node.Value.Key, out var current) && current == node)
            {
                Remove(node);
            }
        }
    }

    private void Invalidate(DataChange change)
    {
        lock (_lock)
        {
            for (var node = _byUse.First; node is not null;)
            {
                var next = node.Next;
                if (change.IsCatchUp || IsAffectedBy(node.Value.Key, change))
                {
                    Remove(node);
                }

                node = next;
            }
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _byUse.Remove(node);
        _entries.Remove(node.Value.Key);
    }

    private sealed record Entry(TKey Key, Task<TResult?> Result);
}
