using System.Globalization;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>
/// The plan's report types. A unit reporter sees the reports its unit owes with their status and a link to submit or
/// correct each; everyone else picks a report type and a unit that owes it to open that report, and the standing agency
/// finds the expected-versus-received matrix. Re-queries when a report of the plan changes.
/// </summary>
public sealed partial class ReportsPage
{
    private int? _typeId;
    private int? _unitId;

    /// <summary>The list, the signed-in reporter's unit (null for other roles) and whether they chase reports (the standing agency).</summary>
    public sealed record View(ReportList List, UnitName? OwnUnit, bool MayChase);

    [Inject]
    private ReportQueries Reports { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    /// <summary>The statuses shown are those stored now, whatever the as-of date in the query.</summary>
    protected override bool ShowsStateAsOfDate => false;

    private string MatrixHref => "/reports/matrix" + (Selection?.ToQueryString() ?? "");

    private string? OpenHref => _typeId is { } typeId && _unitId is { } unitId ? ReportFormats.ReportHref(typeId, unitId) : null;

    protected override bool ConcernsChange(DataChange change) =>
        change.Kind == ChangeKind.Report && change.PlanId == Selection!.Plan.Id;

    protected override async Task<View?> LoadAsync(PlanSelection selection, CancellationToken cancellation)
    {
        var reader = await User.GetAsync();
        var ownUnitId = reader is { Role: SteeringRole.UnitReporter, UnitId: { } unitId } ? unitId : (int?)null;
        var list = await Reports.ListAsync(selection.Plan.Id, ownUnitId, cancellation);
        return new View(list, list.Unit, reader is not null && Permissions.AllowsSome(reader.Role, SteeringAction.ReturnReport));
    }

    private void TypeChosen(int? typeId)
    {
        _typeId = typeId;
        _unitId = null;
    }

    private IEnumerable<UnitName> UnitsOwing(View view) =>
        _typeId is { } typeId && view.List.OwedByType.TryGetValue(typeId, out var units) ? units : [];

    private string ActionText(UnitReportStatus status) => status switch
    {
        UnitReportStatus.NotSubmitted => Text["ActionSubmit"],
        UnitReportStatus.Returned => Text["ActionResubmit"],
        _ => Text["ActionCorrect"],
    };

    private string ActionLabel(OwedReport owed) => $"{ActionText(owed.Status)}: {TypeName(owed.Type)}";

    private static string TypeName(ReportTypeSummary type) => Bilingual.Pick(type.NameVi, type.NameEn);
}
