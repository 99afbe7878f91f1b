using System.Globalization;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Assignments;

namespace SteeringDashboard.Web.Features.History;

/// <summary>The state, progress and completion date cells of one change, old and new; the first record has no old values.</summary>
public partial class ChangeCells
{
    /// <summary>The change shown.</summary>
    [Parameter, EditorRequired]
    public AssignmentChange Change { get; set; } = default!;

    private string? StateText(AssignmentState? state) =>
        state is { } value ? Shared[$"{nameof(AssignmentState)}.{value}"].Value : null;

    private static string? ProgressText(int? progress) =>
        progress is { } value ? (value / 100d).ToString("P0", CultureInfo.CurrentCulture) : null;

    private string DateText(DateOnly? date) =>
        date?.ToString("d", CultureInfo.CurrentCulture) ?? Text["NotCompleted"];
}
