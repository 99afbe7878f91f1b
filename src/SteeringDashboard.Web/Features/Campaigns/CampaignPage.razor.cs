using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Campaigns;

/// <summary>
/// A campaign: its period, programme, lead unit and participants; the reported totals against the targets; each
/// unit's results and who has not reported; and, for a signed-in person who may record some participant's results, the
/// form to enter them. A save reloads the figures.
/// </summary>
public sealed partial class CampaignPage
{
    private CampaignDetail? _detail;
    private CampaignFigures? _figures;
    private FigureTexts _texts = default!;
    private bool _loaded;
    private int? _loadedId;
    private Actor? _actor;

    [Inject]
    private CampaignQueries Campaigns { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private IOptions<PrivacyOptions> Privacy { get; set; } = default!;

    [Inject]
    private IStringLocalizer<PrivacyText> PrivacyText { get; set; } = default!;

    /// <summary>The campaign's id from the route.</summary>
    [Parameter]
    public int Id { get; set; }

    /// <summary>The page of a campaign, keeping the review selection for the way back.</summary>
    public static string LinkFor(int campaignId, ReviewSelection? selection) =>
        "/campaigns/" + campaignId.ToString(CultureInfo.InvariantCulture) + (selection?.ToQueryString() ?? "");

    /// <summary>The list with the same plan the user came from.</summary>
    private string ListHref => "/campaigns" + new Uri(Navigation.Uri).Query;

    private string PageTitle => _detail is null
        ? (_loaded ? L["NotFoundTitle"] : S["AppName"])
        : $"{CampaignName(_detail.Campaign)} · {S["AppName"]}";

    protected override async Task OnInitializedAsync() => _actor = await User.GetAsync();

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId == Id)
        {
            return;
        }

        _loaded = false;
        await ReloadAsync();
        _loadedId = Id;
    }

    /// <summary>Reads the figures again, after a save or when a save found newer figures.</summary>
    private async Task ReloadAsync()
    {
        _detail = await Campaigns.LoadAsync(Id);
        var disclosure = FigureDisclosure.For(_actor, Privacy.Value);
        _texts = new FigureTexts(PrivacyText, disclosure.Threshold);
        _figures = _detail is null ? null : CampaignFigures.Build(_detail, disclosure, _texts, L["ReportedTotal"], L["Target"], L["ShareOfTarget"]);
        _loaded = true;
    }

    private bool MayRecordSome(CampaignDetail detail) =>
        _actor is not null && detail.Participants.Any(p => Permissions.Allows(_actor, SteeringAction.RecordCampaignResults, p.Id));

    private static string CampaignName(CampaignSummary campaign) => Bilingual.Pick(campaign.NameVi, campaign.NameEn);

    private static string IndicatorName(CampaignTargetProgress target) => Bilingual.Pick(target.NameVi, target.NameEn);

    private static string DateText(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    private static string HanoiDate(DateTime utc) => HanoiTime.ToHanoi(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
