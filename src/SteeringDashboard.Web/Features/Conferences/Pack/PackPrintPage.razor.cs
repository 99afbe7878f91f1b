using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Charts;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Features.Conferences.ConferenceReport;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Conferences.Pack;

/// <summary>
/// The conference pack as an A4 document: the administrative heading, the agenda with its total time, the review report of a
/// frozen version (the one asked for, else the latest the reader may open; the live report when the pack was never frozen, and
/// the page says which), and the approved commendations in reading order. A frozen version names its audience and prints the
/// figures it stored for it, the same for every reader; a committee version refused to the reader says why. The live report
/// discloses victim figures for the reader as the review screen does.
/// The print button and links are hidden on paper; page numbers are printed by the browser's footer (Chromium's print
/// "Headers and footers", or page.pdf's FooterTemplate), as Chromium does not support page-margin boxes in @page.
/// </summary>
public sealed partial class PackPrintPage
{
    private const string ModulePath = "./Features/Conferences/Pack/PackPrintPage.razor.js";

    /// <summary>The pack's type and issuer after "Số: …/": a report (BC) of the Steering Committee 138/TP.</summary>
    private const string DocumentSymbol = "BC-BCĐ138";
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private ConferenceDetail? _detail;
    private ConferenceReportDisplay? _display;
    private PackVersionSummary? _frozen;
    private IReadOnlyList<CommendationRow> _approved = [];
    private bool _livePapers;
    private PackVersionSummary? _refused;
    private bool _loaded;

    /// <summary>The conference whose pack this is.</summary>
    [Parameter]
    public int ConferenceId { get; set; }

    /// <summary>The frozen version to print, from the query string; the latest when absent.</summary>
    [SupplyParameterFromQuery(Name = "version")]
    public int? Version { get; set; }

    [Inject]
    private ConferenceQueries Conferences { get; set; } = default!;

    [Inject]
    private ConferenceReportQueries Review { get; set; } = default!;

    [Inject]
    private PackService Packs { get; set; } = default!;

    [Inject]
    private CommendationQueries Commendations { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ClientAddress Address { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ReaderPrivacy Privacy { get; set; } = default!;

    private FigureTexts Texts => Privacy.Texts;

    private string ReviewRoute => $"/conference/{ConferenceId}/review";

    protected override async Task OnParametersSetAsync()
    {
        var reader = await CurrentUser.GetAsync() ?? throw new InvalidOperationException("The pack is printed signed in.");
        var pack = await new PackLoader(Conferences, Review, Packs, Commendations, Privacy.Options).LoadAsync(ConferenceId, Version, reader, Address.Value);
        _detail = pack?.Detail;
        _display = pack?.Display;
        _frozen = pack?.Frozen;
        _approved = pack?.Approved ?? [];
        _livePapers = pack?.LivePapers ?? false;
        _refused = pack?.Refused;
        _loaded = true;
    }

    /// <summary>The browser's print dialog, through the page's module (the CSP allows no inline script).</summary>
    private async Task PrintAsync()
    {
        await using var module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
        await module.InvokeVoidAsync("print");
    }

    private string AudienceText(PackAudience audience) => P[audience == PackAudience.Committee ? "AudienceCommittee" : "AudiencePublic"];

    private ChartSpec ChartOf(ConferenceReportDisplay live, ConferenceReportProgramme programme) => ConferenceReportChart.Of(live, programme, Texts, L["NoComparison"]);

    private static string Number(int value) => value.ToString("N0", Vietnamese);

    private string Minutes(int minutes) => minutes >= 60
        ? C["HoursMinutes", minutes / 60, (minutes % 60).ToString("00", CultureInfo.InvariantCulture)]
        : C["Minutes", Number(minutes)];

    private string[] Recipients => [P["RecipientLeaders"], P["RecipientMembers"], P["RecipientDistricts"], P["RecipientFiled"]];

    private static string DateText(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string DateTimeText(DateTime utc) => HanoiTime.ToHanoi(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
