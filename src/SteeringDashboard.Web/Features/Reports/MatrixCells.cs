using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using SteeringDashboard.Core.Reports;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>How a report's state reads and looks wherever it is shown: a word and an icon, so that colour is never the only sign.</summary>
public static class MatrixCells
{
    /// <summary>The states in the order the legend and the counts list them.</summary>
    public static readonly ReportCellState[] States =
    [
        ReportCellState.ReceivedOnTime, ReportCellState.ReceivedLate, ReportCellState.Returned, ReportCellState.Missing, ReportCellState.NotYetDue,
    ];

    public static string Text(ReportCellState state, IStringLocalizer<MatrixText> text) => state switch
    {
        ReportCellState.ReceivedOnTime => text["StateReceivedOnTime"],
        ReportCellState.ReceivedLate => text["StateReceivedLate"],
        ReportCellState.Returned => text["StateReturned"],
        ReportCellState.Missing => text["StateMissing"],
        _ => text["StateNotYetDue"],
    };

    public static string Icon(ReportCellState state) => state switch
    {
        ReportCellState.ReceivedOnTime => Icons.Material.Filled.CheckCircle,
        ReportCellState.ReceivedLate => Icons.Material.Filled.Schedule,
        ReportCellState.Returned => Icons.Material.Filled.Undo,
        ReportCellState.Missing => Icons.Material.Filled.Error,
        _ => Icons.Material.Outlined.HourglassEmpty,
    };

    /// <summary>The CSS class that tints a cell (a second sign only; the word carries the meaning).</summary>
    public static string CssClass(ReportCellState state) => "state-" + state.ToString().ToLowerInvariant();

    /// <summary>A unit's report page, where the cell links to.</summary>
    public static string ReportHref(int reportTypeId, int unitId) =>
        string.Create(CultureInfo.InvariantCulture, $"/reports/{reportTypeId}/units/{unitId}");

    /// <summary>Received reports (on time or late).</summary>
    public static int Received(ReportCounts counts) => counts.ReceivedOnTime + counts.ReceivedLate;

    public static int Of(ReportCounts counts, ReportCellState state) => state switch
    {
        ReportCellState.ReceivedOnTime => counts.ReceivedOnTime,
        ReportCellState.ReceivedLate => counts.ReceivedLate,
        ReportCellState.Returned => counts.Returned,
        ReportCellState.Missing => counts.Missing,
        _ => counts.NotYetDue,
    };

    /// <summary>The counts of several rows or columns added up (the matrix's total).</summary>
    public static ReportCounts Sum(IEnumerable<ReportCounts> counts) => counts.Aggregate(
        new ReportCounts(0, 0, 0, 0, 0, 0),
        (a, b) => new ReportCounts(
            a.Expected + b.Expected, a.ReceivedOnTime + b.ReceivedOnTime, a.ReceivedLate + b.ReceivedLate,
            a.Returned + b.Returned, a.Missing + b.Missing, a.NotYetDue + b.NotYetDue));
}
