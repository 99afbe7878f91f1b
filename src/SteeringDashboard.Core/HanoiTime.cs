using System.Globalization;

namespace SteeringDashboard.Core;

/// <summary>Ha Noi's clock (UTC+7, no daylight saving): dates are Ha Noi dates, instants are stored in UTC.</summary>
public static class HanoiTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    private static readonly string HoursAheadOfUtc = Offset.TotalHours.ToString(CultureInfo.InvariantCulture);

    /// <summary>The UTC instant at which the given Ha Noi date begins.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) =>
        DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);

    /// <summary>The UTC instant at which the given Ha Noi date ends (exclusive: the next day's start).</summary>
    public static DateTime EndOfDayUtc(DateOnly date) => StartOfDayUtc(date.AddDays(1));

    /// <summary>
    /// SQL for the UTC instant (as EF stores DateTime text in SQLite) at which the Ha Noi date in <paramref name="dateExpression"/>
    /// ends: the next day's midnight, less the hours Ha Noi is ahead of UTC.
    /// </summary>
    internal static string EndOfDayUtcSql(string dateExpression) =>
        $"strftime('%Y-%m-%d %H:%M:%S', {dateExpression}, '+1 day', '-{HoursAheadOfUtc} hours')";

    public static DateTime ToHanoi(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc) + Offset;

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToHanoi(utc));
}
