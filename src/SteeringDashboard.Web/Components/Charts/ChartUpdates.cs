using Microsoft.JSInterop;

namespace SteeringDashboard.Web.Components.Charts;

/// <summary>
/// The circuit's chart updates, sent to the browser in one call per render: a live change gives a dashboard new data for
/// several charts at once, and one call in place of one per chart is one message each way instead of several, in every
/// open circuit. Each <see cref="ChartCanvas"/> queues its update after the render; the call leaves once every chart of
/// that render has queued its own.
/// </summary>
/// <remarks>
/// <para>Used only on the circuit's renderer dispatcher (from <c>OnAfterRenderAsync</c>), so it needs no lock.</para>
/// <para>
/// The call's arguments are the handles and specs themselves, in pairs, not a list of objects made for it: the interop
/// serializes each circuit's arguments with that circuit's own JSON options, which work out the contract of every type the
/// first time they meet it. An <see cref="int"/> and a <see cref="byte"/> array were met when the charts were created, so
/// a circuit's first live change costs no more than its next one.
/// </para>
/// </remarks>
public sealed class ChartUpdates
{
    private readonly List<object> _pending = [];
    private IJSObjectReference? _module;
    private TaskCompletionSource? _sent;

    /// <summary>
    /// Queues a new spec for the chart <paramref name="handle"/> of the charts module; completes when the browser has drawn
    /// it, or fails as the call does (e.g. with <see cref="JSDisconnectedException"/> when the circuit is gone).
    /// </summary>
    public Task SendAsync(IJSObjectReference module, int handle, ChartSpec spec)
    {
        _pending.Add(handle);
        _pending.Add(spec.Json);
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
        var handlesAndSpecs = _pending.ToArray();
        var module = _module!;
        _pending.Clear();
        _module = null;
        _sent = null;
        try
        {
            await module.InvokeVoidAsync("updateMany", handlesAndSpecs);
            sent.SetResult();
        }
        catch (Exception exception)
        {
            // Each chart that queued an update sees the failure, as it saw that of its own call before.
            sent.SetException(exception);
        }
    }
}
