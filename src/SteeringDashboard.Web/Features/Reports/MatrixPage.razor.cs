using System.Globalization;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>
/// The expected-versus-received matrix: each unit's state for each report type it owes, as of the selected date, with the
/// counts per unit, per report type and in total. Every signed-in role may open it: it names units, not people, and shows no
/// figures. A report submitted or returned anywhere shows without a reload (the changed cell is highlighted).
/// </summary>
public sealed partial class MatrixPage
{
    private bool _mayChase;

    [Inject]
    private ReportMatrixResults Matrix { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _mayChase = await User.MayAsync(SteeringAction.ChaseReports);

    protected override Task<ReportMatrix?> LoadAsync(PlanSelection selection, CancellationToken cancellation) =>
        Matrix.GetAsync(new ReportMatrixKey(selection.Plan.Id, selection.AsOf, selection.Kind), cancellation);

    protected override bool ConcernsChange(DataChange change) =>
        change.Kind == ChangeKind.Report && change.PlanId == Selection!.Plan.Id;

    private static string RemindersHref(PlanSelection selection) =>
        ReminderPage.Route + (selection with { Kind = null, Programme = null }).ToQueryString();

    private string ReceivedText(ReportCounts counts) =>
        Text["ReceivedCount", Number(MatrixCells.Received(counts)), Number(counts.Expected)];

    private static int Outstanding(ReportCounts counts) => counts.Missing + counts.Returned;

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private static string DateText(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
