using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Plans;

namespace SteeringDashboard.Web.Components.Shared;

/// <summary>
/// A screen showing the review selection that the URL's query string names (plan, as-of date, programme,
/// unit kind). It resolves the selection and loads the screen's data for it; a newer query cancels a load
/// still running, so an older answer never replaces a newer one.
/// </summary>
/// <typeparam name="TData">What the screen shows for one selection.</typeparam>
public abstract class ReviewPage<TData> : ComponentBase, IDisposable
    where TData : class
{
    private CancellationTokenSource? _loading;
    private object? _loadedKey;

    [Inject]
    private PlanQueries PlanQueries { get; set; } = default!;

    [SupplyParameterFromQuery(Name = ReviewSelection.PlanKey)]
    public int? PlanId { get; set; }

    [SupplyParameterFromQuery(Name = ReviewSelection.AsOfKey)]
    public string? AsOf { get; set; }

    [SupplyParameterFromQuery(Name = ReviewSelection.ProgrammeKey)]
    public string? Programme { get; set; }

    [SupplyParameterFromQuery(Name = ReviewSelection.KindKey)]
    public string? Kind { get; set; }

    /// <summary>Every plan; null until loaded, empty when the database has none.</summary>
    protected IReadOnlyList<PlanSummary>? AvailablePlans { get; private set; }

    /// <summary>The selection shown; null before the first load and when there is no plan.</summary>
    protected ReviewSelection? Selection { get; private set; }

    /// <summary>The data for <see cref="Selection"/>; null while it loads or when <see cref="LoadAsync"/> found nothing.</summary>
    protected TData? Data { get; private set; }

    /// <summary>True once the data for the current selection has been asked for and answered.</summary>
    protected bool IsLoaded { get; private set; }

    /// <summary>What besides the selection decides the data, such as a unit code from the route.</summary>
    protected virtual object? LoadKey => null;

    /// <summary>The screen's data for the selection, or null when there is none (e.g. an unknown unit).</summary>
    protected abstract Task<TData?> LoadAsync(ReviewSelection selection, CancellationToken cancellation);

    protected override async Task OnParametersSetAsync()
    {
        if (_loading is not null)
        {
            await _loading.CancelAsync();
            _loading.Dispose();
        }

        _loading = new CancellationTokenSource();
        var cancellation = _loading.Token;
        try
        {
            AvailablePlans ??= await PlanQueries.ListAsync(cancellation);
            var selection = ReviewSelection.Resolve(AvailablePlans, PlanId, AsOf, Programme, Kind);
            var key = (selection, LoadKey);
            if (IsLoaded && key.Equals(_loadedKey))
            {
                return;
            }

            Selection = selection;
            Data = null;
            IsLoaded = false;
            var data = selection is null ? null : await LoadAsync(selection, cancellation);
            cancellation.ThrowIfCancellationRequested();
            Data = data;
            IsLoaded = true;
            _loadedKey = key;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Superseded by a newer load, which renders its own result.
        }
    }

    public virtual void Dispose()
    {
        _loading?.Cancel();
        _loading?.Dispose();
        GC.SuppressFinalize(this);
    }
}
