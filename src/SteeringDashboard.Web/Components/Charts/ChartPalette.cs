using SteeringDashboard.Core.Assignments;

namespace SteeringDashboard.Web.Components.Charts;

/// <summary>
/// Chart colours that stay apart for colour-blind readers: the Okabe–Ito palette (Okabe &amp; Ito, 2008),
/// and a fixed colour for each deadline status.
/// </summary>
public static class ChartPalette
{
    public const string Orange = "#E69F00";
    public const string SkyBlue = "#56B4E9";
    public const string BluishGreen = "#009E73";
    public const string Yellow = "#F0E442";
    public const string Blue = "#0072B2";
    public const string Vermillion = "#D55E00";
    public const string ReddishPurple = "#CC79A7";
    public const string Black = "#000000";

    /// <summary>
    /// Colours for series in order. The darker four come first because each has at least 3:1 contrast
    /// on white; yellow, barely visible on white, comes last.
    /// </summary>
    public static IReadOnlyList<string> Series { get; } =
        [Blue, Vermillion, BluishGreen, ReddishPurple, Orange, SkyBlue, Black, Yellow];

    // The four status colours are the Okabe–Ito members with at least 3:1 contrast on white, and they stay
    // apart (CIEDE2000 above 12) under simulated protanopia, deuteranopia and tritanopia.

    public const string CompletedOnTime = BluishGreen;
    public const string CompletedLate = ReddishPurple;
    public const string InProgressWithinDeadline = Blue;
    public const string Overdue = Vermillion;

    /// <summary>The n-th series colour, repeating after the palette runs out.</summary>
    public static string ForSeries(int index) => Series[index % Series.Count];

    public static string ForStatus(DeadlineStatus status) => status switch
    {
        DeadlineStatus.CompletedOnTime => CompletedOnTime,
        DeadlineStatus.CompletedLate => CompletedLate,
        DeadlineStatus.InProgressWithinDeadline => InProgressWithinDeadline,
        DeadlineStatus.Overdue => Overdue,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
