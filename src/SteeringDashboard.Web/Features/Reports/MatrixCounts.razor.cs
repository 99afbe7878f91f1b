using System.Globalization;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Reports;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>The count of reports in each state, for a report type's column or the whole matrix.</summary>
public sealed partial class MatrixCounts
{
    /// <summary>The counts to show.</summary>
    [Parameter, EditorRequired]
    public ReportCounts Counts { get; set; } = default!;

    /// <summary>On one line, led by the number of reports expected (the total under the table); a list in a cell otherwise.</summary>
    [Parameter]
    public bool Inline { get; set; }

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
