namespace SteeringDashboard.TestSupport;

/// <summary>
/// A clock that reads the time the test sets, so that "today", the instants of saved changes and the refresh times are
/// known in advance (and no test straddles Ha Noi's midnight). Thread-safe: the app's background work reads it while the
/// test moves it. Timers still run on real time.
/// </summary>
public sealed class FixedClock(DateTimeOffset utcNow) : TimeProvider
{
    private long _ticks = utcNow.UtcTicks;

    /// <summary>The time the clock reads (UTC); setting it moves the clock to that instant.</summary>
    public DateTimeOffset Now
    {
        get => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref _ticks, value.UtcTicks);
    }

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    /// <summary>Noon in Ha Noi on <paramref name="date"/>.</summary>
    public static FixedClock AtHanoiNoon(DateOnly date) =>
        new(new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(7)));
}
