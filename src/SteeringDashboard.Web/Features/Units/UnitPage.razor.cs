using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Units;

/// <summary>A district's or an agency's page: its progress, its rank among peers, its assignments and its monthly figures.</summary>
public sealed partial class UnitPage : IDisposable
{
    private IReadOnlyList<PlanSummary> _plans = [];
    private ReviewSelection? _selection;
    private UnitDetail? _detail;
    private string _title = "";
    private bool _loaded;
    private bool _loading;
    private CancellationTokenSource? _loadCancellation;

    [Inject]
    private PlanQueries PlanQueries { get; set; } = default!;

    [Inject]
    private UnitQueries UnitQueries { get; set; } = default!;

    /// <summary>The unit's code from the route, e.g. "BA-DINH" or "POLICE".</summary>
    [Parameter]
    public string Code { get; set; } = "";

    [SupplyParameterFromQuery(Name = ReviewSelection.PlanKey)]
    public int? PlanId { get; set; }

    [SupplyParameterFromQuery(Name = ReviewSelection.AsOfKey)]
    public string? AsOf { get; set; }

    [SupplyParameterFromQuery(Name = ReviewSelection.ProgrammeKey)]
    public string? Programme { get; set; }

    [SupplyParameterFromQuery(Name = ReviewSelection.KindKey)]
    public string? Kind { get; set; }

    /// <summary>The dashboard with the same plan, date and filters.</summary>
    private string DashboardHref => "/" + (_selection?.ToQueryString() ?? "");

    /// <summary>The seed marks the member agencies (not the standing agency) as a demo roster.</summary>
    private bool IsDemoAgency => _detail is { Unit.IsDemo: true };

    private string PageTitle =>
        _detail is not null ? $"{_title} · {S["AppName"]}"
        : _loaded && _selection is not null ? $"{L["NotFoundTitle"]} · {S["AppName"]}"
        : S["AppName"];

    protected override async Task OnParametersSetAsync()
    {
        // A newer query string replaces a load still running, so an older answer can never overwrite a newer one.
        await CancelLoadAsync();
        _loadCancellation = new CancellationTokenSource();
        var cancellationToken = _loadCancellation.Token;
        _loading = true;

        var plans = await PlanQueries.ListAsync(cancellationToken);
        var selection = ReviewSelection.Resolve(plans, PlanId, AsOf, Programme, Kind);
        var detail = selection is null ? null : await UnitQueries.LoadAsync(selection.Plan.Id, Code, selection.AsOf, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        _plans = plans;
        _selection = selection;
        _detail = detail;
        _title = detail is null ? "" : UnitTitle.Of(detail.Unit, S);
        _loaded = true;
        _loading = false;
    }

    public void Dispose()
    {
        _loadCancellation?.Cancel();
        _loadCancellation?.Dispose();
    }

    private async Task CancelLoadAsync()
    {
        if (_loadCancellation is { } previous)
        {
            await previous.CancelAsync();
            previous.Dispose();
        }
    }
}
