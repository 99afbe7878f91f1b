using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Indicators;

/// <summary>
/// Monthly indicator figures summed over the chosen units, one row per indicator and a column per month, with victim
/// figures hidden as the reader's role requires. The filter lives in the query string (so the export links and a shared
/// address give the same table); saved figures anywhere re-query the table (see <see cref="LiveRefresh"/>).
/// </summary>
public sealed partial class FiguresPage
{
    private static readonly UnitKind[] FilterKinds = [UnitKind.UrbanDistrict, UnitKind.Town, UnitKind.RuralDistrict, UnitKind.MemberAgency];

    private readonly CancellationTokenSource _lifetime = new();
    private LiveRefresh? _liveRefresh;
    private FigureFilterOptions? _options;
    private FigureFilterText? _describe;
    private FigureFilter? _filter;
    private FiguresView? _view;
    private FigureTexts? _texts;
    private Actor? _reader;
    private bool _mayRecord;
    private DateTime? _refreshedAtUtc;
    private string? _changedBy;

    [Inject]
    private FigureTableQueries Queries { get; set; } = default!;

    [Inject]
    private ChangeNotifier Notifier { get; set; } = default!;

    [Inject]
    private CircuitConnection Connection { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ReaderPrivacy Privacy { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [SupplyParameterFromQuery(Name = FigureFilterQuery.YearKey)]
    public string? Year { get; set; }

    [SupplyParameterFromQuery(Name = FigureFilterQuery.FromKey)]
    public string? From { get; set; }

    [SupplyParameterFromQuery(Name = FigureFilterQuery.ToKey)]
    public string? To { get; set; }

    [SupplyParameterFromQuery(Name = FigureFilterQuery.KindKey)]
    public string? Kind { get; set; }

    [SupplyParameterFromQuery(Name = FigureFilterQuery.UnitKey)]
    public string? Unit { get; set; }

    [SupplyParameterFromQuery(Name = FigureFilterQuery.ProgrammeKey)]
    public string? Programme { get; set; }

    [SupplyParameterFromQuery(Name = FigureFilterQuery.GroupKey)]
    public string? Group { get; set; }

    [SupplyParameterFromQuery(Name = FigureFilterQuery.IndicatorKey)]
    public string? Indicator { get; set; }

    private IEnumerable<FigureUnitOption> Units =>
        _options!.Units.OrderBy(u => u.Kind.IsDistrictLevel() ? 0 : 1).ThenBy(u => Bilingual.Pick(u.NameVi, u.NameEn), Bilingual.NameComparer);

    private IEnumerable<FigureIndicator> IndicatorChoices =>
        _options!.Indicators.Where(i => (_filter!.Programme is null || i.Programme == _filter.Programme) && (_filter.Group is null || i.Group == _filter.Group));

    private IEnumerable<int> Years =>
        _options!.LastMonthByYear.Keys.Append(_filter!.Year).Append(Today.Year).Distinct().OrderDescending();

    private DateOnly Today => HanoiTime.DateOf(Clock.GetUtcNow().UtcDateTime);

    protected override async Task OnInitializedAsync()
    {
        _liveRefresh = new LiveRefresh(
            Notifier, Connection, InvokeAsync, DispatchExceptionAsync, change => change.Kind == ChangeKind.IndicatorFigures && _filter is not null, ReloadAsync);
        _reader = await CurrentUser.GetAsync();
        _mayRecord = _reader is not null && Permissions.AllowsSome(_reader.Role, SteeringAction.RecordFigures);
        _texts = Privacy.Texts;
    }

    protected override async Task OnParametersSetAsync()
    {
        _options ??= await Queries.LoadOptionsAsync(_lifetime.Token);
        _describe = new FigureFilterText(Text, Shared, _options);

        // Without a year in the address: the latest year with figures, up to its last month with a figure.
        var latest = _options.LastMonthByYear.Count > 0 ? _options.LastMonthByYear.MaxBy(y => y.Key) : new KeyValuePair<int, int>(Today.Year, Today.Month);
        var year = FigureFilterQuery.Parse(Year, null, null, null, null, null, null, null, latest.Key, 12).Year;
        var lastMonth = _options.LastMonthByYear.GetValueOrDefault(year, 12);
        _filter = FigureFilterQuery.Parse(Year, From, To, Kind, Unit, Programme, Group, Indicator, latest.Key, lastMonth);
        var cancellation = await _liveRefresh!.BeginAsync();
        try
        {
            await LoadAsync(change: null, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Superseded by a newer filter, or the page was closed.
            return;
        }

        _liveRefresh.Loaded();
    }

    private async Task LoadAsync(DataChange? change, CancellationToken cancellation)
    {
        var data = await Queries.LoadAsync(_filter!, Privacy.Options.VictimThreshold, cancellation);
        cancellation.ThrowIfCancellationRequested();
        _view = FiguresView.Build(data, Privacy.For(_reader));
        _refreshedAtUtc = Clock.GetUtcNow().UtcDateTime;
        _changedBy = change?.ChangedBy;
    }

    private async Task ReloadAsync(DataChange? change, CancellationToken cancellation)
    {
        await LoadAsync(change, cancellation);
        StateHasChanged();
    }

    private void Go(FigureFilter filter) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(FigureFilterQuery.ToQuery(filter.Normalized()).AsReadOnly()));

    private string MonthName(int month) => Text["MonthName", month];

    public void Dispose()
    {
        _liveRefresh?.Dispose();
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
