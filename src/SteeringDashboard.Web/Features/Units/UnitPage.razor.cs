using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Units;

/// <summary>A district's or an agency's page: its progress, its rank among peers, its assignments and its monthly figures.</summary>
public sealed partial class UnitPage
{
    [Inject]
    private UnitPageResults Results { get; set; } = default!;

    /// <summary>The unit's code from the route, e.g. "BA-DINH" or "POLICE".</summary>
    [Parameter]
    public string Code { get; set; } = "";

    protected override object? LoadKey => Code;

    /// <summary>The dashboard with the same plan, date and filters.</summary>
    private string DashboardHref => "/" + (Selection?.ToQueryString() ?? "");

    /// <summary>The seed marks the member agencies (not the standing agency) as a demo roster.</summary>
    private bool IsDemoAgency => Data is { Unit.IsDemo: true };

    private string Title => Data is null ? "" : UnitTitle.Of(Data.Unit, Shared);

    private string PageTitle =>
        Data is not null ? $"{Title} · {Shared["AppName"]}"
        : IsLoaded && Selection is not null ? $"{Text["NotFoundTitle"]} · {Shared["AppName"]}"
        : Shared["AppName"];

    /// <summary>
    /// Only this unit's changes. Another unit's change can move this unit's peer rank; the rank catches up on the
    /// next reload, a trade against re-querying every open unit page for every edit in the city.
    /// </summary>
    protected override bool ConcernsChange(DataChange change) =>
        base.ConcernsChange(change) && Data is { } detail && change.UnitIds.Contains(detail.Unit.Id);

    protected override Task<UnitDetail?> LoadAsync(PlanSelection selection, CancellationToken cancellation) =>
        Results.GetAsync(new UnitPageKey(selection.Plan.Id, Code, selection.AsOf), cancellation);
}
