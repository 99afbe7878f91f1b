namespace SteeringDashboard.Core.Tests.TestSupport;

/// <summary>A clock that says what the test wants; Advance moves it on.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
