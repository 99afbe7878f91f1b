using System.Globalization;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Web.Features.Conferences;

/// <summary>Dates as the committee writes them (dd/MM/yyyy, Ha Noi time).</summary>
internal static class ConferenceFormat
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : "";

    public static string Stamp(DateTime utc) => HanoiTime.ToHanoi(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A month of the review's figures year as MM/yyyy.</summary>
    public static string Month(ConferenceReportContent content, int month) =>
        new DateOnly(content.Figures.Year, Math.Max(month, 1), 1).ToString("MM/yyyy", CultureInfo.InvariantCulture);
}
