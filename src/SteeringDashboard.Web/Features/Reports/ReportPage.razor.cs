using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Units;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>
/// A unit's report of one type: the report as it stands (summary, figures, files, received time, late or returned) and
/// its history; for someone who may submit for the unit, the form to submit or correct it; for the standing agency, the
/// return for correction. Re-queries whenever a report of the unit changes elsewhere.
/// </summary>
public sealed partial class ReportPage
{
    /// <summary>The report and what the signed-in person may do with it.</summary>
    public sealed record View(
        ReportDetail Detail,
        UnitReportStatus Status,
        IReadOnlyList<ReportHistoryRow> History,
        ReportFigureDisplay Display,
        bool HasHiddenFigures,
        bool MaySubmit,
        bool MayReturn,
        bool MayReadFiles);

    [Inject]
    private ReportQueries Reports { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ReaderPrivacy Privacy { get; set; } = default!;

    /// <summary>The report type's id from the route.</summary>
    [Parameter]
    public int ReportTypeId { get; set; }

    /// <summary>The unit's id from the route.</summary>
    [Parameter]
    public int UnitId { get; set; }

    protected override object? LoadKey => (ReportTypeId, UnitId);

    /// <summary>The report shows what is stored now, whatever the as-of date in the query.</summary>
    protected override bool ShowsStateAsOfDate => false;

    private string PageTitle => Data is { } view
        ? $"{TypeName(view.Detail.Type)} · {UnitTitle.Of(view.Detail.Unit, Shared)} · {Shared["AppName"]}"
        : $"{Text["ReportPageTitle"]} · {Shared["AppName"]}";

    /// <summary>A change of any report of this unit may be of this one.</summary>
    protected override bool ConcernsChange(DataChange change) =>
        change.Kind == ChangeKind.Report && change.UnitIds.Contains(UnitId);

    protected override async Task<View?> LoadAsync(PlanSelection selection, CancellationToken cancellation)
    {
        var detail = await Reports.LoadAsync(ReportTypeId, UnitId, cancellation);
        if (detail is null)
        {
            return null;
        }

        var reader = await User.GetAsync();
        var display = new ReportFigureDisplay(detail, Privacy.For(reader), Privacy.Texts);
        var figures = detail.History.SelectMany(h => ReportFigureText.Parse(h.Figures));
        var status = detail.Report is { } report
            ? ReportQueries.StatusOf(report.State, report.IsLate)
            : UnitReportStatus.NotSubmitted;
        return new View(
            detail,
            status,
            ReportHistoryRow.Of(detail.History),
            display,
            figures.Any(f => display.Disclose(f.IndicatorId, f.Value).IsHidden),
            reader is not null && Permissions.Allows(reader, SteeringAction.SubmitReport, UnitId),
            reader is not null && Permissions.Allows(reader, SteeringAction.ReturnReport, UnitId),
            reader is not null && Permissions.Allows(reader, SteeringAction.ReadEvidence, UnitId));
    }

    private async Task ReturnAsync(UnitReportSnapshot report)
    {
        var parameters = new DialogParameters<ReturnReportDialog> { { d => d.Report, report } };
        // The page re-queries on the change notification that the return publishes.
        await Dialogs.ShowAsync<ReturnReportDialog>(
            Text["ReturnDialogTitle"], parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
    }

    private static string ListHref(ReportDetail detail) => "/reports?plan=" + detail.Type.PlanId.ToString(CultureInfo.InvariantCulture);

    private static string TypeName(ReportTypeSummary type) => Bilingual.Pick(type.NameVi, type.NameEn);
}
