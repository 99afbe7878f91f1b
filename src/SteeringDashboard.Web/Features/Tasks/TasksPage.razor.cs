using Microsoft.AspNetCore.Components;
using System.Globalization;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Tasks;

/// <summary>Every assignment of the selected plan as of the selected date, in a grid the user can search, filter, sort and group.</summary>
public partial class TasksPage
{
    /// <summary>Query key naming one task (its number) to show, e.g. from the plan page's "show assignments" links.</summary>
    public const string TaskKey = "task";

    private bool _mayBulkUpdate;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [SupplyParameterFromQuery(Name = TaskKey)]
    public int? TaskNumber { get; set; }

    /// <summary>The link to the Tasks page for one task of the selection.</summary>
    public static string LinkToTask(PlanSelection selection, int taskNumber) =>
        $"/tasks{selection.ToQueryString()}&{TaskKey}={taskNumber.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The bulk update link is offered only to those the bulk page lets in.</summary>
    protected override async Task OnInitializedAsync() => _mayBulkUpdate = await User.MayAsync(SteeringAction.BulkUpdateAssignments);

    protected override Task<IReadOnlyList<AssignmentRow>?> LoadAsync(PlanSelection selection, CancellationToken cancellation) =>
        Assignments.GetAsync(selection.Filter, cancellation);
}
