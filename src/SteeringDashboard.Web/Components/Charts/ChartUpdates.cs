using Microsoft.JSInterop;

namespace SteeringDashboard.Web.Components.Charts;

/// <summary>
/// The circuit's chart updates, sent to the browser in one call per render: a live change gives a dashboard new data for
/// several charts at once, and one call in place of one per chart is one message each way instead of several, in every
/// open circuit. Each <see cref="ChartCanvas"/> queues its update after the render; the call leaves once every chart of
/// that render has queued its own.
/// </summary>
/// <remarks>Used only on the circuit's renderer dispatcher (from <c>OnAfterRenderAsync</c>), so it needs no lock.</remarks>
public sealed class ChartUpdates
{
    private readonly List<ChartUpdate> _pending = [];
    private IJSObjectReference? _module;
    private TaskCompletionSource? _sent;

    /// <summary>
    /// Queues a new spec for the chart <paramref name="handle"/> of the charts module; completes when the browser has drawn
    /// it, or fails as the call does (e.g. with <see cref="JSDisconnectedException"/> when the circuit is gone).
    /// </summary>
    public Task SendAsync(IJSObjectReference module, int handle, ChartSpec spec)
    {
        _pending.Add(new ChartUpdate(handle, spec.Json));
        _module ??= module;
        if (_sent is { } queued)
        {
            return queued.Task;
        }

        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _sent = sent;
        _ = SendPendingAsync(sent);
        return sent.Task;
    }

    private async Task SendPendingAsync(TaskCompletionSource sent)
    {
        // Back on the dispatcher after the other charts of this render have queued theirs.
        await Task.Yield();
        var updates = _pending.ToArray();
        var module = _module!;
        _pending.Clear();
        _module = null;
        _sent = null;
        try
        {
            await module.InvokeVoidAsync("updateMany", [updates]);
            sent.SetResult();
        }
        catch (Exception exception)
        {
            // Each chart that queued an update sees the failure, as it saw that of its own call before.
            sent.SetException(exception);
        }
    }

    /// <summary>One chart's new spec, as the module's <c>updateMany</c> reads it: the spec's <see cref="ChartSpec.Json"/>.</summary>
    public sealed record ChartUpdate(int Handle, byte[] Spec);
}
