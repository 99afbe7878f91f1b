using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core.Assignments;

namespace SteeringDashboard.Web.Features.Tasks;

/// <summary>A review status as a chip: its name, plus a colour and an icon that repeat it for quick scanning.</summary>
public partial class ReviewStatusChip
{
    /// <summary>The status shown.</summary>
    [Parameter, EditorRequired]
    public ReviewStatus Status { get; set; }

    public static Color ColorOf(ReviewStatus status) => status switch
    {
        ReviewStatus.CompletedOnTime => Color.Success,
        ReviewStatus.CompletedLate => Color.Warning,
        ReviewStatus.InProgressWithinDeadline => Color.Info,
        ReviewStatus.Overdue => Color.Error,
        _ => Color.Default,
    };

    private static string IconOf(ReviewStatus status) => status switch
    {
        ReviewStatus.CompletedOnTime => Icons.Material.Filled.CheckCircle,
        ReviewStatus.CompletedLate => Icons.Material.Filled.History,
        ReviewStatus.InProgressWithinDeadline => Icons.Material.Filled.Autorenew,
        _ => Icons.Material.Filled.ErrorOutline,
    };
}
