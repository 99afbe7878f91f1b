namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>A clock that stands still at a chosen instant, so that "today" in the rules is a known date.</summary>
public sealed class FixedClock(DateTimeOffset utcNow) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Noon in Ha Noi on <paramref name="date"/>.</summary>
    public static FixedClock AtHanoiNoon(DateOnly date) =>
        new(new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(7)));
}
