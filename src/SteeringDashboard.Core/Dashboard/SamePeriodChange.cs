using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Dashboard;

public enum ChangeDirection
{
    Down = -1,
    Unchanged = 0,
    Up = 1,
}

/// <summary>
/// A figure compared with the same period of the previous year ("so với cùng kỳ"): the same months of
/// <see cref="PreviousYear"/>, for the same units and indicator.
/// </summary>
public sealed record SamePeriodChange(long Current, long Previous, int PreviousYear)
{
    public long Difference => Current - Previous;

    public ChangeDirection Direction => (ChangeDirection)Math.Sign(Difference);

    /// <summary>The change as a fraction of the previous figure; null when the previous figure is 0 (only the difference means anything).</summary>
    public double? Ratio => Previous == 0 ? null : (double)Difference / Previous;

    /// <summary>
    /// The change a reader may see: none when there is no previous-year figure, or when either figure is hidden from the
    /// reader (the change and one figure would give the other away).
    /// </summary>
    public static SamePeriodChange? Of(DisclosedFigure current, DisclosedFigure? previous, int previousYear) =>
        current is { IsHidden: false, Value: { } now } && previous is { IsHidden: false, Value: { } before }
            ? new SamePeriodChange(now, before, previousYear)
            : null;
}
