using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Plans;

namespace SteeringDashboard.Web.Components.Shared;

/// <summary>
/// A screen showing the plan selection that the URL's query string names (plan, as-of date, programme,
/// unit kind). It resolves the selection and loads the screen's data for it; a newer query cancels a load
/// still running, so an older answer never replaces a newer one. While open, it reloads the data for the
/// same selection whenever someone saves a change that concerns it (see <see cref="ConcernsChange"/>).
/// </summary>
/// <typeparam name="TData">What the screen shows for one selection.</typeparam>
public abstract class PlanSelectionPage<TData> : ComponentBase, IDisposable
    where TData : class
{
    private readonly CancellationTokenSource _lifetime = new();
    private object? _loadingKey;
    private LiveRefresh? _liveRefresh;
    private bool _disposed;

    [Inject]
    private PlanQueries PlanQueries { get; set; } = default!;

    [Inject]
    private ChangeNotifier Notifier { get; set; } = default!;

    [Inject]
    private CircuitConnection Connection { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [SupplyParameterFromQuery(Name = PlanSelection.PlanKey)]
    public int? PlanId { get; set; }

    [SupplyParameterFromQuery(Name = PlanSelection.AsOfKey)]
    public string? AsOf { get; set; }

    [SupplyParameterFromQuery(Name = PlanSelection.ProgrammeKey)]
    public string? Programme { get; set; }

    [SupplyParameterFromQuery(Name = PlanSelection.KindKey)]
    public string? Kind { get; set; }

    /// <summary>Every plan; null until loaded, empty when the database has none.</summary>
    protected IReadOnlyList<PlanSummary>? AvailablePlans { get; private set; }

    /// <summary>The selection shown; null before the first load and when there is no plan.</summary>
    protected PlanSelection? Selection { get; private set; }

    /// <summary>The data for <see cref="Selection"/>; null while it loads or when <see cref="LoadAsync"/> found nothing.</summary>
    protected TData? Data { get; private set; }

    /// <summary>True once the data for the current selection has been asked for and answered.</summary>
    protected bool IsLoaded { get; private set; }

    /// <summary>When <see cref="Data"/> was last read from the database (UTC); null before the first load.</summary>
    protected DateTime? RefreshedAtUtc { get; private set; }

    /// <summary>Who saved the change that caused the last refresh; null when the user's own navigation loaded the data.</summary>
    protected string? RefreshedAfterChangeBy { get; private set; }

    /// <summary>What besides the selection decides the data, such as a unit code from the route.</summary>
    protected virtual object? LoadKey => null;

    /// <summary>
    /// False for screens that show records regardless of the as-of date (an assignment's history, the activity
    /// feed): they take every change, including those made after the selection's as-of date.
    /// </summary>
    protected virtual bool ShowsStateAsOfDate => true;

    /// <summary>The screen's data for the selection, or null when there is none (e.g. an unknown unit).</summary>
    protected abstract Task<TData?> LoadAsync(PlanSelection selection, CancellationToken cancellation);

    /// <summary>
    /// Whether a saved change alters what this screen shows for <see cref="Selection"/>, which is set when this is
    /// called. By default: an assignment change of the selected plan. A screen narrows it (a unit's page: only
    /// changes of that unit) so that it re-queries only for what touches it.
    /// </summary>
    protected virtual bool ConcernsChange(DataChange change) =>
        change.Kind == ChangeKind.Assignment && change.PlanId == Selection!.Plan.Id;

    /// <summary>
    /// Subscribes before the first load, so no change can slip in between the load's queries and the subscription.
    /// A prerendered instance subscribes too, briefly: the prerenderer disposes its components when the response
    /// is complete, and <see cref="Dispose"/> ends the subscription (a host test checks that none is left behind).
    /// </summary>
    protected override void OnInitialized() =>
        _liveRefresh = new LiveRefresh(Notifier, Connection, InvokeAsync, DispatchExceptionAsync, ReloadsFor, ReloadAsync);

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            AvailablePlans ??= await PlanQueries.ListAsync(_lifetime.Token);
        }
        catch (OperationCanceledException) when (_disposed)
        {
            return;
        }

        var selection = PlanSelection.Resolve(AvailablePlans, PlanId, AsOf, Programme, Kind, HanoiTime.DateOf(Clock.GetUtcNow().UtcDateTime));
        var key = (selection, LoadKey);
        if (key.Equals(_loadingKey))
        {
            // Loaded or loading already; parents re-render without changing the query.
            return;
        }

        _loadingKey = key;
        var cancellation = await _liveRefresh!.BeginAsync();
        try
        {
            Selection = selection;
            Data = null;
            IsLoaded = false;
            var data = selection is null ? null : await LoadAsync(selection, cancellation);
            cancellation.ThrowIfCancellationRequested();
            Show(data, change: null);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Superseded by a newer load, which renders its own result.
            return;
        }
        catch
        {
            // Let the same query try again (e.g. the error boundary's "Try again").
            _loadingKey = null;
            throw;
        }

        _liveRefresh.Loaded();
    }

    /// <summary>Before the first answer the screen cannot tell whether the change concerns it: reload to be safe.</summary>
    private bool ReloadsFor(DataChange change) => !IsLoaded || Concerns(change);

    private bool Concerns(DataChange change)
    {
        if (Selection is not { } selection)
        {
            return false;
        }

        // A screen as of a past date is computed from the history written up to the end of that Ha Noi day; a
        // change saved on a later day is not part of that picture, so the screen keeps what it shows.
        if (ShowsStateAsOfDate && HanoiTime.DateOf(change.AtUtc) > selection.AsOf)
        {
            return false;
        }

        return ConcernsChange(change);
    }

    /// <summary>Reads the data again for the same selection, e.g. after the screen's own save or when a save found newer data.</summary>
    protected void RequestReload() => _liveRefresh?.Request();

    private async Task ReloadAsync(DataChange? change, CancellationToken cancellation)
    {
        if (Selection is not { } selection)
        {
            return;
        }

        var data = await LoadAsync(selection, cancellation);
        cancellation.ThrowIfCancellationRequested();
        Show(data, change);
        StateHasChanged();
    }

    private void Show(TData? data, DataChange? change)
    {
        Data = data;
        IsLoaded = true;
        RefreshedAtUtc = Clock.GetUtcNow().UtcDateTime;
        RefreshedAfterChangeBy = change?.ChangedBy;
    }

    public virtual void Dispose()
    {
        _disposed = true;
        _liveRefresh?.Dispose();
        _lifetime.Cancel();
        _lifetime.Dispose();
        GC.SuppressFinalize(this);
    }
}
