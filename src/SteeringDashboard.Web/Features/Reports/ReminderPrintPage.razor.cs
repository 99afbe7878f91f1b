using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>
/// The reminder list as an A4 document with the administrative heading, dated today in Ha Noi, for printing or saving as PDF.
/// The print button and the way back are hidden on paper (see the page's print styles).
/// </summary>
public sealed partial class ReminderPrintPage
{
    public const string Route = "/reports/reminders/print";
    private const string ModulePath = "./Features/Reports/ReminderPrintPage.razor.js";

    [Inject]
    private ReminderQueries Reminders { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    /// <summary>The report type to list, from the query string; all when absent.</summary>
    [SupplyParameterFromQuery(Name = ReminderExport.ReportKey)]
    public int? ReportTypeId { get; set; }

    protected override object? LoadKey => ReportTypeId;

    /// <summary>The day the document is issued: today in Ha Noi.</summary>
    private DateOnly Today => HanoiTime.DateOf(Clock.GetUtcNow().UtcDateTime);

    private string[] Recipients => [Text["RecipientAsAbove"], Text["RecipientFiled"]];

    protected override async Task<ReminderList?> LoadAsync(PlanSelection selection, CancellationToken cancellation) =>
        await Reminders.LoadAsync(selection.Plan.Id, selection.AsOf, ReportTypeId, cancellation);

    protected override bool ConcernsChange(DataChange change) =>
        change.Kind == ChangeKind.Report && change.PlanId == Selection!.Plan.Id;

    private string ReportName(ReminderList list) =>
        list.ReportTypes.FirstOrDefault(t => t.ReportTypeId == list.ReportTypeId) is { } chosen
            ? Bilingual.Pick(chosen.NameVi, chosen.NameEn)
            : Text["AllReports"];

    /// <summary>The browser's print dialog, through the page's module (the CSP allows no inline script).</summary>
    private async Task PrintAsync()
    {
        await using var module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
        await module.InvokeVoidAsync("print");
    }
}
