using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Campaigns;

/// <summary>
/// A campaign: its period, programme, lead unit and participants; the reported totals against the targets; each
/// unit's results and who has not reported; and, for a signed-in person who may record some participant's results, the
/// form to enter them. Results saved anywhere (here or on another screen) reload the figures while the page is open.
/// </summary>
public sealed partial class CampaignPage
{
    private FigureTexts _texts = default!;
    private Actor? _actor;

    [Inject]
    private CampaignQueries Campaigns { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private ReaderPrivacy Privacy { get; set; } = default!;

    /// <summary>The campaign's id from the route.</summary>
    [Parameter]
    public int Id { get; set; }

    /// <summary>The page of a campaign, keeping the plan selection for the way back.</summary>
    public static string LinkFor(int campaignId, PlanSelection? selection) =>
        "/campaigns/" + campaignId.ToString(CultureInfo.InvariantCulture) + (selection?.ToQueryString() ?? "");

    /// <summary>The list with the same plan the user came from.</summary>
    private string ListHref => "/campaigns" + new Uri(Navigation.Uri).Query;

    private string PageTitle => Data is null
        ? (IsLoaded ? Text["NotFoundTitle"] : Shared["AppName"])
        : $"{CampaignName(Data.Detail.Campaign)} · {Shared["AppName"]}";

    protected override object? LoadKey => Id;

    /// <summary>Results to date: a campaign shows every result saved so far, whatever the review's as-of date.</summary>
    protected override bool ShowsStateAsOfDate => false;

    protected override bool ConcernsChange(DataChange change) =>
        change.Kind == ChangeKind.CampaignResult && Data is { } view && view.Detail.Participants.Any(p => change.UnitIds.Contains(p.Id));

    protected override async Task<CampaignView?> LoadAsync(PlanSelection selection, CancellationToken cancellation)
    {
        _actor ??= await User.GetAsync();
        var detail = await Campaigns.LoadAsync(Id, cancellation);
        if (detail is null)
        {
            return null;
        }

        var disclosure = Privacy.For(_actor);
        _texts = Privacy.Texts;
        return new CampaignView(detail, CampaignFigures.Build(detail, disclosure, _texts, Text["ReportedTotal"], Text["Target"], Text["ShareOfTarget"]));
    }

    private bool MayRecordSome(CampaignDetail detail) =>
        _actor is not null && detail.Participants.Any(p => Permissions.Allows(_actor, SteeringAction.RecordCampaignResults, p.Id));

    private static string CampaignName(CampaignSummary campaign) => Bilingual.Pick(campaign.NameVi, campaign.NameEn);

    private static string IndicatorName(CampaignTargetProgress target) => Bilingual.Pick(target.NameVi, target.NameEn);

    private static string DateText(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    private static string HanoiDate(DateTime utc) => HanoiTime.ToHanoi(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);
}

/// <summary>A campaign as its page shows it: the stored detail and the figures built for the reader.</summary>
public sealed record CampaignView(CampaignDetail Detail, CampaignFigures Figures);
