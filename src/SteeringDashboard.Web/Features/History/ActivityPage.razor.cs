using System.Globalization;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.History;

/// <summary>The city-wide feed: the plan's latest assignment changes, who made them and what changed.</summary>
public partial class ActivityPage
{
    /// <summary>How many changes the feed shows.</summary>
    public const int Count = 50;

    [Inject]
    private ActivityQueries Activity { get; set; } = default!;

    /// <summary>The feed lists changes whatever the as-of date in the query.</summary>
    protected override bool ShowsStateAsOfDate => false;

    protected override async Task<IReadOnlyList<ActivityItem>?> LoadAsync(PlanSelection selection, CancellationToken cancellation) =>
        await Activity.LatestAsync(selection.Plan.Id, Count, cancellation);

    /// <summary>The unit's page as of the day of the change, so that it shows the state the change produced.</summary>
    private string UnitHref(ActivityItem item)
    {
        var selection = Selection! with { AsOf = HanoiTime.DateOf(item.Change.ChangedAtUtc) };
        return $"/units/{Uri.EscapeDataString(item.Unit.Code)}{selection.ToQueryString()}";
    }

    /// <summary>Stored in UTC; the committee reads Ha Noi time.</summary>
    private static string HanoiText(DateTime utc) => HanoiTime.ToHanoi(utc).ToString("g", CultureInfo.CurrentCulture);
}
