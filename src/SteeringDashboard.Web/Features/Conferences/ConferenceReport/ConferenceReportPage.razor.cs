using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Charts;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Conferences.Pack;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Conferences.ConferenceReport;

/// <summary>
/// The conference's review report compiled live as of its cut-off date, with the secretariat's text sections, the frozen pack
/// versions with their audiences (frozen for the audience the secretariat chooses), and a side-by-side comparison of one version
/// the reader may open with the live report. It re-compiles when someone saves an
/// assignment, a report or figures (the live side changes; the frozen side never does).
/// </summary>
public sealed partial class ConferenceReportPage
{
    private ConferenceReportDisplay? _live;
    private IReadOnlyDictionary<string, (string Text, Guid Version)> _sections = new Dictionary<string, (string, Guid)>();
    private IReadOnlyList<PackVersionSummary> _versions = [];
    private FrozenPack? _compared;
    private IReadOnlyList<ComparisonRow>? _comparison;
    private FigureDisclosure? _disclosure;
    private Actor? _reader;
    private bool _canManage;
    private bool _freezing;
    private string? _packMessage;
    private Severity _packSeverity = Severity.Info;
    private DateTime? _refreshedAtUtc;

    /// <summary>The conference whose review report this is.</summary>
    [Parameter]
    public int ConferenceId { get; set; }

    [Inject]
    private ConferenceReportQueries Review { get; set; } = default!;

    [Inject]
    private ConferenceReportSectionService Sections { get; set; } = default!;

    [Inject]
    private PackService Packs { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ReaderPrivacy Privacy { get; set; } = default!;

    private FigureTexts Texts => Privacy.Texts;

    protected override async Task BeforeLoadAsync()
    {
        _reader = await CurrentUser.GetAsync();
        _disclosure = Privacy.For(_reader);
        _canManage = await CurrentUser.MayAsync(SteeringAction.ManageConference);
        _compared = null;
        _comparison = null;
    }

    /// <summary>After a section's save: the page's own change.</summary>
    private Task ReloadAsync() => LoadAsync(CancellationToken.None);

    /// <summary>Compiles the live report, the texts and the versions list, and the comparison if one is open.</summary>
    protected override async Task LoadAsync(CancellationToken cancellation)
    {
        var content = await Review.CompileAsync(ConferenceId, cancellation);
        _live = content is null ? null : ConferenceReportDisplay.Build(content, _disclosure!);
        _sections = await Sections.ListAsync(ConferenceId, cancellation);
        _versions = await Packs.ListAsync(ConferenceId, cancellation);
        _refreshedAtUtc = Clock.GetUtcNow().UtcDateTime;
        Compare();
    }

    /// <summary>
    /// Changes of what the report compiles: the plan's assignments and reports up to the end of the cut-off date (their state
    /// at the cut-off is read from history, so later changes do not alter it), and monthly figures whenever they are saved
    /// (a figure belongs to its month, not to the day it was entered).
    /// </summary>
    protected override bool ConcernsChange(DataChange change) => _live is { Content: var content } && change.Kind switch
    {
        ChangeKind.Assignment or ChangeKind.Report => change.PlanId == content.PlanId && HanoiTime.DateOf(change.AtUtc) <= content.CutoffDate,
        ChangeKind.IndicatorFigures => true,
        _ => false,
    };

    private async Task FreezeAsync()
    {
        var parameters = new DialogParameters<FreezePackDialog>
        {
            { d => d.Message, L["FreezeConfirmMessage", _versions.Count + 1, DateText(_live!.Content.CutoffDate)].Value },
            { d => d.Audiences, FreezableAudiences },
        };
        var dialog = await Dialogs.ShowAsync<FreezePackDialog>(L["FreezeConfirmTitle"], parameters);
        if (await dialog.Result is not { Canceled: false, Data: PackAudience audience })
        {
            return;
        }

        _freezing = true;
        try
        {
            var outcome = await Packs.FreezeAsync(await CurrentUser.CallerAsync(), ConferenceId, audience);
            (_packSeverity, _packMessage) = outcome switch
            {
                FreezeOutcome.Frozen frozen => (Severity.Success, L["Frozen", frozen.Number, AudienceName(audience)].Value),
                FreezeOutcome.Conflict => (Severity.Warning, L["FreezeConflict"].Value),
                FreezeOutcome.Forbidden => (Severity.Error, L["Forbidden"].Value),
                _ => (Severity.Error, L["ConferenceGone"].Value),
            };
            _versions = await Packs.ListAsync(ConferenceId);
        }
        finally
        {
            _freezing = false;
        }
    }

    /// <summary>The audiences the reader may freeze a version for: the committee's only for a role that may open it.</summary>
    private IReadOnlyList<PackAudience> FreezableAudiences =>
        [.. new[] { PackAudience.Committee, PackAudience.Public }.Where(a => PackAudiences.MayOpen(_reader, a))];

    private string AudienceName(PackAudience audience) => L[audience == PackAudience.Committee ? "Audience.Committee" : "Audience.Public"];

    private async Task CompareAsync(int number)
    {
        switch (await Packs.OpenAsync(await CurrentUser.CallerAsync(), ConferenceId, number))
        {
            case PackOpening.Opened { Pack: var pack }:
                _compared = pack;
                break;
            case PackOpening.Forbidden:
                (_compared, _packSeverity, _packMessage) = (null, Severity.Error, P["CommitteeOnly", number].Value);
                break;
            default:
                _compared = null;
                break;
        }

        Compare();
    }

    private void Compare() =>
        _comparison = _compared is { } frozen && _live is { } live
            ? new ConferenceReportComparison(L, S, Texts).Compare(ConferenceReportDisplay.Of(frozen), live)
            : null;

    private string SectionText(string key) => _sections.TryGetValue(key, out var section) ? section.Text : "";

    private Guid? SectionVersion(string key) => _sections.TryGetValue(key, out var section) ? section.Version : null;

    private ChartSpec ChartOf(ConferenceReportDisplay live, ConferenceReportProgramme programme) => ConferenceReportChart.Of(live, programme, Texts, L["NoComparison"]);

    private static string DateText(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.CurrentCulture);

    private static string DateTimeText(DateTime utc) => HanoiTime.ToHanoi(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.CurrentCulture);

    private string MonthText(int month) =>
        new DateOnly(_live!.Content.Figures.Year, Math.Max(month, 1), 1).ToString("MM/yyyy", CultureInfo.CurrentCulture);
}
