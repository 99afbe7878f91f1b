namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>
/// A clock that reads a time the test sets, so that "today", the instants of saved changes and the refresh times are
/// known in advance (and no test straddles Ha Noi's midnight). Timers still run on real time.
/// </summary>
public sealed class SettableClock(DateTimeOffset utcNow) : TimeProvider
{
    public DateTimeOffset UtcNow { get; set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => UtcNow;
}
