using System.Globalization;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Units;

/// <summary>The unit's assignments counted by deadline status, its average progress and its rank among peers.</summary>
public partial class UnitSummary
{
    /// <summary>The unit's page as loaded for the as-of date.</summary>
    [Parameter, EditorRequired]
    public UnitDetail Detail { get; set; } = default!;

    private UnitProgress Progress => Detail.Progress;

    private string AsOfText => Detail.AsOf.ToString("d", CultureInfo.CurrentCulture);

    private string AverageProgressText => Progress.AverageProgress is { } average ? PercentText.Of(average) : "—";

    /// <summary>Peers are the district-level units for a district or town, the member agencies for an agency.</summary>
    private string RankText =>
        Progress.AverageProgress is null ? Text["NotRanked"]
        : Detail.Unit.Kind.IsDistrictLevel() ? Text["RankAmongDistricts", Detail.Rank.Rank, Detail.Rank.PeerCount]
        : Text["RankAmongAgencies", Detail.Rank.Rank, Detail.Rank.PeerCount];
}
