using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Conferences.Commendations;

/// <summary>
/// A conference's nominations for commendation: the approved list in reading order (moved by keyboard, one place at a
/// time, announced), every nomination by state with filters and its history, the secretariat's review, approval and
/// rejection (with a reason), and the proposal form (a unit reporter proposes for its own unit only). Re-queries
/// whenever a nomination of the conference's plan changes elsewhere.
/// </summary>
public sealed partial class CommendationsPage
{
    private readonly Dictionary<int, IReadOnlyList<CommendationEvent>> _histories = [];
    private CommendationState? _stateFilter;
    private NomineeKind? _kindFilter;
    private string? _announcement;
    private string? _actionError;
    private bool _busy;

    /// <summary>The nominations and what the signed-in person may do with them.</summary>
    /// <param name="ProposeUnits">The units the person may propose for (empty: no proposal form).</param>
    public sealed record View(CommendationList List, bool MayDecide, IReadOnlyList<UnitChoice> ProposeUnits);

    [Inject]
    private CommendationQueries Queries { get; set; } = default!;

    [Inject]
    private CommendationService Commendations { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    /// <summary>The conference's id from the route.</summary>
    [Parameter]
    public int ConferenceId { get; set; }

    protected override object? LoadKey => ConferenceId;

    /// <summary>Nominations are shown as they stand now, whatever the as-of date in the query.</summary>
    protected override bool ShowsStateAsOfDate => false;

    private string PageTitle => Data is { } view
        ? $"{L["PageTitle"]} · {view.List.ConferenceTitle} · {S["AppName"]}"
        : $"{L["PageTitle"]} · {S["AppName"]}";

    protected override bool ConcernsChange(DataChange change) =>
        change.Kind == ChangeKind.Commendation && (Data is null || change.PlanId == Data.List.PlanId);

    protected override async Task<View?> LoadAsync(PlanSelection selection, CancellationToken cancellation)
    {
        var list = await Queries.ListAsync(ConferenceId, cancellation);
        if (list is null)
        {
            return null;
        }

        var reader = await User.GetAsync();
        var mayDecide = reader is not null && Permissions.Allows(reader, SteeringAction.DecideCommendation, null);
        IReadOnlyList<UnitChoice> proposeUnits = [];
        if (reader is not null && Permissions.AllowsSome(reader.Role, SteeringAction.ProposeCommendation))
        {
            proposeUnits = (await Queries.UnitsAsync(cancellation))
                .Where(u => Permissions.Allows(reader, SteeringAction.ProposeCommendation, u.Id))
                .OrderBy(u => Bilingual.Pick(u.NameVi, u.NameEn), Bilingual.NameComparer)
                .ToList();
        }

        // Histories open before the reload are read again, so that they show the step just taken.
        foreach (var (id, steps) in await Queries.HistoriesAsync([.. _histories.Keys], cancellation))
        {
            _histories[id] = steps;
        }

        return new View(list, mayDecide, proposeUnits);
    }

    private List<CommendationRow> Shown(View view) => view.List.Rows
        .Where(r => (_stateFilter is null || r.State == _stateFilter) && (_kindFilter is null || r.NomineeKind == _kindFilter))
        .ToList();

    private static string UnitName(CommendationRow row) => Bilingual.Pick(row.UnitNameVi, row.UnitNameEn);

    private static string HanoiDate(DateTime utc) => Core.HanoiTime.DateOf(utc).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private string StepText(CommendationEvent step) => step.From is { } from
        ? L["StepFromTo", L[$"CommendationState.{from}"], L[$"CommendationState.{step.To}"]]
        : L["StepProposed"];

    private Task StartReviewAsync(CommendationRow row) => RunAsync(
        async caller => await Commendations.StartReviewAsync(caller, row.Id, row.Version),
        L["ReviewStarted", row.NomineeName]);

    private Task ApproveAsync(CommendationRow row) => RunAsync(
        async caller => await Commendations.ApproveAsync(caller, row.Id, row.Version),
        L["Approved", row.NomineeName]);

    private Task MoveAsync(CommendationRow row, int offset, int index) => RunAsync(
        async caller => await Commendations.MoveInReadingOrderAsync(caller, row.Id, offset, row.Version),
        L["Moved", row.NomineeName, (index + offset + 1).ToString(CultureInfo.CurrentCulture)]);

    private async Task<CommendationOutcome> ProposeAsync(CommendationProposal proposal) =>
        await Commendations.ProposeAsync(await User.CallerAsync(), proposal);

    private async Task RejectAsync(CommendationRow row)
    {
        var parameters = new DialogParameters<RejectCommendationDialog> { { d => d.Nomination, row } };
        var dialog = await Dialogs.ShowAsync<RejectCommendationDialog>(
            L["RejectDialogTitle", row.NomineeName], parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            _actionError = null;
            _announcement = L["Rejected", row.NomineeName];
        }
    }

    private async Task ToggleHistoryAsync(CommendationRow row)
    {
        if (!_histories.Remove(row.Id))
        {
            _histories[row.Id] = await Queries.HistoryAsync(row.Id);
        }
    }

    /// <summary>Runs one step; the page re-queries on the change notification the service publishes.</summary>
    private async Task RunAsync(Func<Caller, Task<CommendationOutcome>> step, string done)
    {
        _busy = true;
        _actionError = null;
        try
        {
            var outcome = await step(await User.CallerAsync());
            if (outcome is CommendationOutcome.Saved)
            {
                _announcement = done;
            }
            else
            {
                _announcement = null;
                _actionError = CommendationMessages.Of(outcome, L);
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
