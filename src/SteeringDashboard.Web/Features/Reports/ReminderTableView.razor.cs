using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Indicators;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>The reminder list's table, numbered, with each row headed by its unit; on screen and in the printed reminder alike.</summary>
public sealed partial class ReminderTableView
{
    private const int UnitColumn = 2;

    /// <summary>The list as <see cref="ReminderTable.Build"/> made it.</summary>
    [Parameter, EditorRequired]
    public ExportTable Table { get; set; } = default!;

    /// <summary>The table's caption.</summary>
    [Parameter, EditorRequired]
    public string Caption { get; set; } = "";

    /// <summary>What shows instead of an empty table.</summary>
    [Parameter, EditorRequired]
    public string EmptyText { get; set; } = "";

    /// <summary>
    /// The long report name gets room of its own and contacts break inside long e-mail addresses, so that a short list keeps its
    /// rows a few lines high and fits one printed page.
    /// </summary>
    private string? ColumnClass(int column) => Table.Columns[column] switch
    {
        { IsNumber: true } => "reminder-number",
        { IsDate: true } => "reminder-date",
        _ when column == ReminderTable.ReportColumn => "reminder-report",
        _ when column >= ReminderTable.UnitContactColumn => "reminder-contact",
        _ => null,
    };
}
