using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Units;

/// <summary>The unit's assignments as they stood at the as-of date.</summary>
public partial class UnitAssignments
{
    /// <summary>The assignments, in the order to show them.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<AssignmentRow> Assignments { get; set; } = [];

    /// <summary>The page's selection; links to an assignment's history carry it.</summary>
    [Parameter]
    public ReviewSelection? Selection { get; set; }

    private static string Percent(int progress) => (progress / 100.0).ToString("P0");

    private static Color StatusColor(ReviewStatus status) => status switch
    {
        ReviewStatus.CompletedOnTime => Color.Success,
        ReviewStatus.CompletedLate => Color.Warning,
        ReviewStatus.InProgressWithinDeadline => Color.Info,
        _ => Color.Error,
    };

    /// <summary>Stored in UTC; the committee reads Ha Noi time.</summary>
    private string LastChange(AssignmentRow row) =>
        row.LastChangedUtc is { } utc ? HanoiTime.ToHanoi(utc).ToString("g") : L["NotChangedYet"];
}
