namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>
/// A clock that reads the time the test sets, so that "today", the instants of saved changes and the refresh times are
/// known in advance (and no test straddles Ha Noi's midnight). Timers still run on real time.
/// </summary>
public sealed class FixedClock(DateTimeOffset utcNow) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Noon in Ha Noi on <paramref name="date"/>.</summary>
    public static FixedClock AtHanoiNoon(DateOnly date) =>
        new(new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(7)));
}
