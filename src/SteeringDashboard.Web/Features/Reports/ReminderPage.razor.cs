using System.Globalization;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>
/// The units yet to report (missing, or returned and not resubmitted) as of the selected date, for one report type or all,
/// with days overdue and the reporter accounts to contact; downloadable as CSV or XLSX and printable as a reminder. For the
/// standing agency, which chases reports, and the secretariat: it lists people's names and e-mail addresses.
/// </summary>
public sealed partial class ReminderPage
{
    public const string Route = "/reports/reminders";

    [Inject]
    private ReminderQueries Reminders { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The report type to list, from the query string; all when absent.</summary>
    [SupplyParameterFromQuery(Name = ReminderExport.ReportKey)]
    public int? ReportTypeId { get; set; }

    protected override object? LoadKey => ReportTypeId;

    /// <summary>The query string of a reminder list: the selection's plan and as-of date, and the report type when one is chosen.</summary>
    public static string QueryOf(PlanSelection selection, int? reportTypeId) =>
        (selection with { Programme = null, Kind = null }).ToQueryString()
        + (reportTypeId is { } id ? $"&{ReminderExport.ReportKey}={id.ToString(CultureInfo.InvariantCulture)}" : "");

    protected override async Task<ReminderList?> LoadAsync(PlanSelection selection, CancellationToken cancellation) =>
        await Reminders.LoadAsync(selection.Plan.Id, selection.AsOf, ReportTypeId, cancellation);

    protected override bool ConcernsChange(DataChange change) =>
        change.Kind == ChangeKind.Report && change.PlanId == Selection!.Plan.Id;

    private void ReportChanged(int? reportTypeId) => Navigation.NavigateTo(Route + QueryOf(Selection!, reportTypeId));
}
