using Microsoft.AspNetCore.Components;
using System.Globalization;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Tasks;

/// <summary>Every assignment of the selected plan as of the selected date, in a grid the user can search, filter, sort and group.</summary>
public partial class TasksPage : IDisposable
{
    /// <summary>Query key naming one task (its number) to show, e.g. from the plan page's "show assignments" links.</summary>
    public const string TaskKey = "task";

    private IReadOnlyList<PlanSummary>? _plans;
    private ReviewSelection? _selection;
    private IReadOnlyList<AssignmentRow>? _rows;
    private CancellationTokenSource? _loading;

    [SupplyParameterFromQuery(Name = ReviewSelection.PlanKey)]
    public int? PlanId { get; set; }

    [SupplyParameterFromQuery(Name = ReviewSelection.AsOfKey)]
    public string? AsOf { get; set; }

    [SupplyParameterFromQuery(Name = ReviewSelection.ProgrammeKey)]
    public string? Programme { get; set; }

    [SupplyParameterFromQuery(Name = ReviewSelection.KindKey)]
    public string? Kind { get; set; }

    [SupplyParameterFromQuery(Name = TaskKey)]
    public int? TaskNumber { get; set; }

    /// <summary>The link to the Tasks page for one task of the selection.</summary>
    public static string LinkToTask(ReviewSelection selection, int taskNumber) =>
        $"/tasks{selection.ToQueryString()}&{TaskKey}={taskNumber.ToString(CultureInfo.InvariantCulture)}";

    protected override async Task OnParametersSetAsync()
    {
        // A newer query string supersedes a load still running for an older one.
        if (_loading is not null)
        {
            await _loading.CancelAsync();
            _loading.Dispose();
        }

        _loading = new CancellationTokenSource();
        var cancellation = _loading.Token;
        try
        {
            _plans ??= await Plans.ListAsync(cancellation);
            var selection = ReviewSelection.Resolve(_plans, PlanId, AsOf, Programme, Kind);
            if (selection == _selection && _rows is not null)
            {
                return;
            }

            _selection = selection;
            _rows = null;
            if (selection is null)
            {
                return;
            }

            var rows = await Assignments.ListAsync(selection.Filter, cancellation);
            cancellation.ThrowIfCancellationRequested();
            _rows = rows;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Superseded by a newer load, which renders its own result.
        }
    }

    public void Dispose()
    {
        _loading?.Cancel();
        _loading?.Dispose();
    }
}
