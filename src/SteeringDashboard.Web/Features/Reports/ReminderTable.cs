using System.Globalization;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Units;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>
/// The reminder list as text in the reader's language: the screen, the print view and the CSV/XLSX download all show these
/// cells, so what is exported is what the screen shows for the same filters. Days overdue is the one numeric column, the
/// due date the one date column (a date cell in XLSX).
/// </summary>
public static class ReminderTable
{
    /// <summary>Index of the report's name column.</summary>
    public const int ReportColumn = 0;

    /// <summary>Index of the due-date column.</summary>
    public const int DueDateColumn = 1;

    /// <summary>Index of the days-overdue column.</summary>
    public const int DaysOverdueColumn = 4;

    /// <summary>Index of the unit's contact column; the reporter accounts follow it.</summary>
    public const int UnitContactColumn = 5;

    public static ExportTable Build(
        ReminderList list,
        PlanSummary plan,
        IStringLocalizer<ReminderText> text,
        IStringLocalizer<MatrixText> matrixText,
        IStringLocalizer<SharedText> shared)
    {
        var reportName = list.ReportTypes.FirstOrDefault(t => t.ReportTypeId == list.ReportTypeId) is { } chosen
            ? Bilingual.Pick(chosen.NameVi, chosen.NameEn)
            : text["AllReports"].Value;
        List<string> filters =
        [
            text["FilterPlan", plan.Number],
            text["FilterReport", reportName],
            text["FilterAsOf", DateText(list.AsOf)],
            text["FilterCount", list.Rows.Count.ToString(CultureInfo.InvariantCulture)],
        ];
        if (plan.HasDemoData)
        {
            filters.Add($"{shared["DemoData"]}: {shared["DemoDataNotice"]}");
        }

        ExportColumn[] columns =
        [
            new(text["ColumnReport"], false),
            new(text["ColumnDueDate"], false, IsDate: true),
            new(shared["Unit"], false),
            new(text["ColumnState"], false),
            new(text["ColumnDaysOverdue"], true),
            new(text["ColumnUnitContact"], false),
            new(text["ColumnContacts"], false),
        ];
        var rows = list.Rows
            .Select(r => (IReadOnlyList<string>)
            [
                Bilingual.Pick(r.Report.NameVi, r.Report.NameEn),
                DateText(r.Report.DueDate),
                UnitTitle.Of(r.Unit, shared),
                MatrixCells.Text(r.State, matrixText),
                r.DaysOverdue.ToString(CultureInfo.InvariantCulture),
                UnitContactText(r.UnitContact, text),
                ContactsText(r.Contacts, text),
            ])
            .ToList();
        return new ExportTable(filters, columns, rows);
    }

    /// <summary>"Person, phone, e-mail" as far as they are on file, or a plain statement that the unit has no contact on file.</summary>
    public static string UnitContactText(UnitContact contact, IStringLocalizer<ReminderText> text) =>
        contact.IsEmpty ? text["NoUnitContact"] : string.Join(", ", new[] { contact.Person, contact.Phone, contact.Email }.OfType<string>());

    /// <summary>"Name (e-mail)" per reporter account (the user name when it has no e-mail), or a plain statement that there is none.</summary>
    public static string ContactsText(IReadOnlyList<ReportContact> contacts, IStringLocalizer<ReminderText> text) =>
        contacts.Count == 0
            ? text["NoReporterAccount"]
            : string.Join("; ", contacts.Select(c => $"{c.DisplayName} ({(string.IsNullOrWhiteSpace(c.Email) ? c.UserName : c.Email)})"));

    public static string DateText(DateOnly date) => date.ToString(FigureExport.DateFormat, CultureInfo.InvariantCulture);
}
