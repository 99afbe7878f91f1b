using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>
/// Counts the EF queries whose SQL contains <paramref name="marker"/>, and can hold them at a gate, so a test can tell how
/// many times a screen loaded and keep a load running while more changes arrive.
/// </summary>
public sealed class QueryProbe(string marker) : DbCommandInterceptor
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
        if (command.CommandText.Contains(marker, StringComparison.Ordinal))
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
