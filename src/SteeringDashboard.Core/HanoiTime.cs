namespace SteeringDashboard.Core;

/// <summary>Ha Noi's clock (UTC+7, no daylight saving): dates are Ha Noi dates, instants are stored in UTC.</summary>
public static class HanoiTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The UTC instant at which the given Ha Noi date begins.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) =>
        DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);

    /// <summary>The UTC instant at which the given Ha Noi date ends (exclusive: the next day's start).</summary>
    public static DateTime EndOfDayUtc(DateOnly date) => StartOfDayUtc(date.AddDays(1));

    public static DateTime ToHanoi(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc) + Offset;

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToHanoi(utc));
}
