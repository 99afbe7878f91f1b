using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core.Assignments;

namespace SteeringDashboard.Web.Features.Tasks;

/// <summary>A deadline status as a chip: its name, plus a colour and an icon that repeat it for quick scanning.</summary>
public partial class DeadlineStatusChip
{
    /// <summary>The status shown.</summary>
    [Parameter, EditorRequired]
    public DeadlineStatus Status { get; set; }

    public static Color ColorOf(DeadlineStatus status) => status switch
    {
        DeadlineStatus.CompletedOnTime => Color.Success,
        DeadlineStatus.CompletedLate => Color.Warning,
        DeadlineStatus.InProgressWithinDeadline => Color.Info,
        DeadlineStatus.Overdue => Color.Error,
        _ => Color.Default,
    };

    private static string IconOf(DeadlineStatus status) => status switch
    {
        DeadlineStatus.CompletedOnTime => Icons.Material.Filled.CheckCircle,
        DeadlineStatus.CompletedLate => Icons.Material.Filled.History,
        DeadlineStatus.InProgressWithinDeadline => Icons.Material.Filled.Autorenew,
        _ => Icons.Material.Filled.ErrorOutline,
    };
}
