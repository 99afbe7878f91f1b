using System.Globalization;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Units;

namespace SteeringDashboard.Web.Features.History;

/// <summary>One assignment: its task and unit, its current state, and every recorded change, newest first.</summary>
public partial class AssignmentHistoryPage
{
    /// <summary>The assignment as it stands now and its changes, newest first.</summary>
    public sealed record HistoryView(AssignmentForEdit Assignment, IReadOnlyList<AssignmentChange> Changes);

    [Inject]
    private AssignmentUpdateService Updates { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    /// <summary>The assignment's id from the route.</summary>
    [Parameter]
    public int Id { get; set; }

    protected override object? LoadKey => Id;

    /// <summary>The history is every change, whatever the as-of date in the query.</summary>
    protected override bool ShowsStateAsOfDate => false;

    /// <summary>The link to an assignment's history; the selection's query string travels along for the links back.</summary>
    public static string Href(int assignmentId, PlanSelection? selection) =>
        $"/assignments/{assignmentId.ToString(CultureInfo.InvariantCulture)}{selection?.ToQueryString()}";

    private string PageTitle => Data is { } view
        ? $"{Text["Heading", view.Assignment.TaskNumber, UnitTitle.Of(view.Assignment.Unit, Shared)]} · {Shared["AppName"]}"
        : $"{Text["PageTitle"]} · {Shared["AppName"]}";

    private string DashboardHref => "/" + (Selection?.ToQueryString() ?? "");

    /// <summary>Changes arrive per unit; a change of this unit may be of this assignment.</summary>
    protected override bool ConcernsChange(DataChange change) =>
        change.Kind == ChangeKind.Assignment && Data is { } view
        && change.PlanId == view.Assignment.PlanId && change.UnitIds.Contains(view.Assignment.Unit.Id);

    protected override async Task<HistoryView?> LoadAsync(PlanSelection selection, CancellationToken cancellation)
    {
        var assignment = await Updates.LoadForEditAsync(Id, cancellation);
        return assignment is null ? null : new HistoryView(assignment, await Updates.HistoryAsync(Id, cancellation));
    }

    private string UnitHref(UnitName unit) => $"/units/{Uri.EscapeDataString(unit.Code)}{Selection?.ToQueryString()}";

    private DeadlineStatus StatusToday(AssignmentForEdit assignment) =>
        DeadlineStatusRules.Derive(assignment.Current.State, assignment.Current.CompletedOn, assignment.DueDate,
            HanoiTime.DateOf(Clock.GetUtcNow().UtcDateTime));

    private static string Percent(int progress) => (progress / 100d).ToString("P0", CultureInfo.CurrentCulture);

    /// <summary>Stored in UTC; the committee reads Ha Noi time.</summary>
    private static string HanoiText(DateTime utc) => HanoiTime.ToHanoi(utc).ToString("g", CultureInfo.CurrentCulture);
}
