using System.Globalization;
using SteeringDashboard.Core;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>Dates and times as the report screens show them: dd/MM/yyyy, in Ha Noi time, whatever the language.</summary>
public static class ReportFormats
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The months from <paramref name="start"/> to <paramref name="end"/> as MM/yyyy, or MM/yyyy–MM/yyyy when they are several.</summary>
    public static string Months(DateOnly start, DateOnly end) =>
        (start.Year, start.Month) == (end.Year, end.Month)
            ? start.ToString("MM/yyyy", CultureInfo.InvariantCulture)
            : $"{start.ToString("MM/yyyy", CultureInfo.InvariantCulture)}–{end.ToString("MM/yyyy", CultureInfo.InvariantCulture)}";

    /// <summary>A stored UTC instant as Ha Noi reads it.</summary>
    public static string HanoiTimeOf(DateTime utc) => HanoiTime.ToHanoi(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>The address of a unit's report of one type.</summary>
    public static string ReportHref(int reportTypeId, int unitId) =>
        string.Create(CultureInfo.InvariantCulture, $"/reports/{reportTypeId}/units/{unitId}");
}
