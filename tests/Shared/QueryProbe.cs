using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SteeringDashboard.TestSupport;

/// <summary>
/// Counts the SQL commands run as readers (every query, and the inserts that read back keys), or only those whose SQL
/// contains <paramref name="marker"/>, and can hold them at a gate, so a test can tell how many queries a screen or a
/// service ran and keep a load running while more changes arrive.
/// </summary>
public sealed class QueryProbe(string? marker = null) : DbCommandInterceptor
{
    private readonly Lock _lock = new();
    private int _count;
    private TaskCompletionSource? _gate;
    private TaskCompletionSource _held = NewSource();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _count = 0;
        }
    }

    /// <summary>Holds the next matching queries until <see cref="Release"/>; the returned task completes when one is held.</summary>
    public Task HoldNext()
    {
        lock (_lock)
        {
            _gate = NewSource();
            _held = NewSource();
            return _held.Task;
        }
    }

    public void Release()
    {
        TaskCompletionSource? gate;
        lock (_lock)
        {
            gate = _gate;
            _gate = null;
        }

        gate?.TrySetResult();
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (marker is null || command.CommandText.Contains(marker, StringComparison.Ordinal))
        {
            TaskCompletionSource? gate;
            lock (_lock)
            {
                _count++;
                gate = _gate;
                if (gate is not null)
                {
                    _held.TrySetResult();
                }
            }

            if (gate is not null)
            {
                await gate.Task.WaitAsync(cancellationToken);
            }
        }

        return result;
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
