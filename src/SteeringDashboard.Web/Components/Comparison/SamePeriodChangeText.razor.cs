using System.Globalization;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Dashboard;

namespace SteeringDashboard.Web.Components.Comparison;

/// <summary>
/// A figure's change versus the same period of the previous year, e.g. "▲ 12 % so với cùng kỳ 2017": a percentage, or the
/// difference when the previous figure was 0. Screen readers hear "up"/"down" in words instead of the arrow; the tooltip
/// gives the previous figure. Renders nothing when there is no change to show.
/// </summary>
public sealed partial class SamePeriodChangeText
{
    /// <summary>The change, or null when there is nothing to compare with or a figure is hidden from the reader.</summary>
    [Parameter, EditorRequired]
    public SamePeriodChange? Change { get; set; }

    /// <summary>Shows only the arrow and the amount (for table cells that a note explains); screen readers still hear the whole sentence.</summary>
    [Parameter]
    public bool Compact { get; set; }

    private static string Arrow(SamePeriodChange change) => change.Direction == ChangeDirection.Up ? "▲" : "▼";

    private string Word(SamePeriodChange change) => change.Direction == ChangeDirection.Up ? Text["Up"] : Text["Down"];

    /// <summary>A percentage of the previous figure (one decimal under 10 %), or the plain difference when that was 0.</summary>
    internal static string Amount(SamePeriodChange change)
    {
        if (change.Ratio is not { } ratio)
        {
            return Math.Abs(change.Difference).ToString("N0", CultureInfo.CurrentCulture);
        }

        var size = Math.Abs(ratio);
        return size.ToString(size < 0.1 ? "P1" : "P0", CultureInfo.CurrentCulture);
    }

    private string PreviousFigure(SamePeriodChange change) =>
        Text["PreviousFigure", change.PreviousYear, change.Previous.ToString("N0", CultureInfo.CurrentCulture)];
}
