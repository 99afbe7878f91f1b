using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>
/// The place and date line of an administrative document. Decree 30/2020/NĐ-CP writes a day below 10 and the months January and
/// February with a leading zero ("ngày 05 tháng 02", "ngày 12 tháng 7"); the English text writes the date as the app does elsewhere.
/// </summary>
public static class DocumentDate
{
    public static string Format(DateOnly date, IStringLocalizer<ReminderText> text) =>
        text[
            "DocumentDate",
            date.Day.ToString(date.Day < 10 ? "00" : "0", CultureInfo.InvariantCulture),
            date.Month.ToString(date.Month <= 2 ? "00" : "0", CultureInfo.InvariantCulture),
            date.Year.ToString(CultureInfo.InvariantCulture),
            date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)];
}
