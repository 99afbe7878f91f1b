using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Units;

/// <summary>The unit's assignments as they stood at the as-of date, with edit buttons for a signed-in person who may update them.</summary>
public partial class UnitAssignments
{
    private bool _mayEdit;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    /// <summary>The assignments, in the order to show them.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<AssignmentRow> Assignments { get; set; } = [];

    /// <summary>The page's selection; links to an assignment's history carry it.</summary>
    [Parameter]
    public PlanSelection? Selection { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var actor = await User.GetAsync();
        _mayEdit = actor is not null && Assignments.Any(a => Permissions.Allows(actor, SteeringAction.UpdateAssignment, a.UnitId));
    }

    private static string Percent(int progress) => (progress / 100.0).ToString("P0", CultureInfo.CurrentCulture);

    private static Color StatusColor(DeadlineStatus status) => status switch
    {
        DeadlineStatus.CompletedOnTime => Color.Success,
        DeadlineStatus.CompletedLate => Color.Warning,
        DeadlineStatus.InProgressWithinDeadline => Color.Info,
        _ => Color.Error,
    };

    /// <summary>Stored in UTC; the committee reads Ha Noi time.</summary>
    private string LastChange(AssignmentRow row) =>
        row.LastChangedUtc is { } utc ? HanoiTime.ToHanoi(utc).ToString("g", CultureInfo.CurrentCulture) : Text["NotChangedYet"];
}
