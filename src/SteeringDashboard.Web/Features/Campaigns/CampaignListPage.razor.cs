using System.Globalization;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Campaigns;

/// <summary>The campaigns run under the selected plan, each linking to its page.</summary>
public sealed partial class CampaignListPage
{
    [Inject]
    private CampaignQueries Campaigns { get; set; } = default!;

    protected override async Task<IReadOnlyList<CampaignSummary>?> LoadAsync(PlanSelection selection, CancellationToken cancellation) =>
        await Campaigns.ListAsync(selection.Plan.Id, cancellation);

    private static string DateText(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);
}
