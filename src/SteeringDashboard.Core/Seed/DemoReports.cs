using System.Globalization;

namespace SteeringDashboard.Core.Seed;

/// <summary>The report types the demo data gives Plan 127/KH-BCD (codes unique within the plan), for screens' tests to find.</summary>
public static class DemoReports
{
    /// <summary>The Day's results report, owed by every unit.</summary>
    public const string DayResultsCode = "DAY-RESULTS";

    /// <summary>The first-half 2018 review report for the mid-year conference, owed by the 30 districts and the member agencies.</summary>
    public const string FirstHalfReviewCode = "H1-REVIEW";

    /// <summary>The unit whose Day's results report the demo leaves unsubmitted (Missing after its due date), for a reporter to submit.</summary>
    public const string UnsubmittedDayResultsUnitCode = "BA-DINH";

    /// <summary>The months of 2018 with a monthly figures report (owed by the districts and the standing agency).</summary>
    public const int LastMonthlyReport = 7;

    /// <summary>The monthly figures report of <paramref name="month"/> 2018, e.g. "M2018-03".</summary>
    public static string MonthlyCode(int month) => string.Create(CultureInfo.InvariantCulture, $"M2018-{month:00}");
}
