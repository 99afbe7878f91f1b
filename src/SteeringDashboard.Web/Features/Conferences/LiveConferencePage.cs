using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Conferences;

/// <summary>
/// A screen of one conference (its workspace, its review report) kept live with <see cref="LiveRefresh"/>: it loads for the
/// route's conference, a newer route cancels a load still running, and a saved change that concerns the screen reloads it.
/// </summary>
public abstract class LiveConferencePage : ComponentBase, IDisposable
{
    private LiveRefresh? _liveRefresh;

    [Inject]
    protected CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ChangeNotifier Notifier { get; set; } = default!;

    [Inject]
    private CircuitConnection Connection { get; set; } = default!;

    /// <summary>True once the screen's first load for the current route has answered.</summary>
    protected bool IsLoaded { get; private set; }

    /// <summary>Whether a saved change alters what the screen shows.</summary>
    protected abstract bool ConcernsChange(DataChange change);

    /// <summary>Reads what the screen shows, for the route's conference; called again for each change that concerns it.</summary>
    protected abstract Task LoadAsync(CancellationToken cancellation);

    /// <summary>Before each load for a new route: what the reader may do, and what the screen resets.</summary>
    protected abstract Task BeforeLoadAsync();

    /// <summary>Subscribes before the first load, so no change can slip in between the load and the subscription.</summary>
    protected override void OnInitialized() =>
        _liveRefresh = new LiveRefresh(Notifier, Connection, InvokeAsync, DispatchExceptionAsync, ConcernsChange, async (_, cancellation) =>
        {
            await LoadAsync(cancellation);
            StateHasChanged();
        });

    protected override async Task OnParametersSetAsync()
    {
        var cancellation = await _liveRefresh!.BeginAsync();
        await BeforeLoadAsync();
        try
        {
            await LoadAsync(cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Superseded by another conference's load, or the page was closed.
            return;
        }

        IsLoaded = true;
        _liveRefresh.Loaded();
    }

    public void Dispose()
    {
        _liveRefresh?.Dispose();
        GC.SuppressFinalize(this);
    }
}
