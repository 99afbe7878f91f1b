using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Campaigns;

/// <summary>
/// Enters one participating unit's results for the campaign's target indicators. Saves against the versions of the
/// figures it loaded; when someone saved first, it keeps the user's input, shows the newer figures and lets the user
/// save over them or drop their own. Offers only the units the signed-in person may record for (a reporter's own unit,
/// picked already); the service checks again when saving and the refusal is shown.
/// </summary>
public sealed partial class CampaignResultsEntry
{
    private readonly Dictionary<int, int?> _values = [];
    private readonly Dictionary<int, Guid?> _versions = [];

    // Indicators the user typed into since the form last showed what is stored: a live refresh leaves them alone.
    private readonly HashSet<int> _edited = [];
    private CampaignDetail? _shownDetail;
    private int? _unitId;
    private Actor? _actor;
    private bool _nothingEntered;
    private bool _saving;
    private bool _notFound;
    private bool _forbidden;
    private IReadOnlyList<(int IndicatorId, CampaignResultError Error)> _errors = [];
    private IReadOnlyList<int>? _conflict;

    [Inject]
    private CampaignResultService Results { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The campaign as last loaded: its participants, targets and the figures with their versions.</summary>
    [Parameter, EditorRequired]
    public CampaignDetail Detail { get; set; } = default!;

    /// <summary>The same load as the page shows it (targets and participants in display order).</summary>
    [Parameter, EditorRequired]
    public CampaignFigures Figures { get; set; } = default!;

    /// <summary>Raised when the stored figures changed (a save) or proved newer than the form's (a conflict): the page reloads them.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    private string? UnitError =>
        _errors.Any(e => e.Error == CampaignResultError.UnitNotParticipating) ? Text["ErrorUnitNotParticipating"].Value : null;

    protected override async Task OnInitializedAsync()
    {
        _actor = await User.GetAsync();
        var recordable = Figures.Units.Where(r => MayRecord(r.Unit.Id)).Select(r => r.Unit.Id).ToList();
        if (recordable.Count == 1)
        {
            UnitChanged(recordable[0]);
        }
    }

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(Detail, _shownDetail))
        {
            return;
        }

        _shownDetail = Detail;
        // During a conflict the user's figures stay in the form; otherwise it shows what is stored now, except the
        // figures the user is typing, which keep the version they were typed against (a save then finds any newer figure).
        if (_conflict is null && _unitId is { } unitId)
        {
            ShowStored(unitId, keepEdited: true);
        }
    }

    private void UnitChanged(int? unitId)
    {
        _unitId = unitId;
        _errors = [];
        _conflict = null;
        _nothingEntered = false;
        _notFound = false;
        _forbidden = false;
        if (unitId is { } id)
        {
            ShowStored(id);
        }
    }

    private void ShowStored(int unitId, bool keepEdited = false)
    {
        if (!keepEdited)
        {
            _edited.Clear();
        }

        foreach (var target in Figures.Targets.Where(t => !_edited.Contains(t.IndicatorId)))
        {
            var stored = StoredFigure(unitId, target.IndicatorId);
            _values[target.IndicatorId] = stored?.Value;
            _versions[target.IndicatorId] = stored?.Version;
        }
    }

    private void ValueChanged(int indicatorId, int? value)
    {
        _values[indicatorId] = value;
        _edited.Add(indicatorId);
        _nothingEntered = false;
    }

    private async Task SaveAsync()
    {
        if (_unitId is not { } unitId)
        {
            return;
        }

        var figures = Figures.Targets
            .Where(t => _values.GetValueOrDefault(t.IndicatorId) is not null)
            .Select(t => new CampaignFigure(t.IndicatorId, _values[t.IndicatorId]!.Value, _versions.GetValueOrDefault(t.IndicatorId)))
            .ToList();
        _nothingEntered = figures.Count == 0;
        if (_nothingEntered)
        {
            return;
        }

        _saving = true;
        try
        {
            var outcome = await Results.SaveAsync(Detail.Campaign.Id, unitId, figures, await User.CallerAsync());
            switch (outcome)
            {
                case CampaignSaveOutcome.Saved saved:
                    _errors = [];
                    _conflict = null;
                    _edited.Clear();
                    Snackbar.Add(Text["Saved", saved.Changed.ToString("N0", CultureInfo.CurrentCulture), UnitName(unitId)], Severity.Success);
                    await OnChanged.InvokeAsync();
                    break;
                case CampaignSaveOutcome.Invalid invalid:
                    _errors = invalid.Errors;
                    break;
                case CampaignSaveOutcome.Conflict conflict:
                    _errors = [];
                    _conflict = conflict.IndicatorIds;
                    await OnChanged.InvokeAsync();
                    break;
                case CampaignSaveOutcome.NotFound:
                    _notFound = true;
                    break;
                case CampaignSaveOutcome.Forbidden:
                    _errors = [];
                    _forbidden = true;
                    break;
            }
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>Saves the user's figures again, now against the figures the other person stored.</summary>
    private Task SaveMineAsync()
    {
        foreach (var target in Figures.Targets)
        {
            _versions[target.IndicatorId] = StoredFigure(_unitId!.Value, target.IndicatorId)?.Version;
        }

        _conflict = null;
        return SaveAsync();
    }

    private void DiscardMine()
    {
        _conflict = null;
        ShowStored(_unitId!.Value);
    }

    private bool MayRecord(int unitId) => _actor is not null && Permissions.Allows(_actor, SteeringAction.RecordCampaignResults, unitId);

    private CampaignUnitFigure? StoredFigure(int unitId, int indicatorId) =>
        Detail.Figures.FirstOrDefault(f => f.UnitId == unitId && f.IndicatorId == indicatorId);

    private string? ErrorFor(int indicatorId)
    {
        var messages = _errors.Where(e => e.IndicatorId == indicatorId && e.Error != CampaignResultError.UnitNotParticipating)
            .Select(e => e.Error switch
            {
                CampaignResultError.ValueNegative => Text["ErrorValueNegative"].Value,
                _ => Text["ErrorIndicatorNotTargeted"].Value,
            })
            .Distinct()
            .ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    /// <summary>What is stored now for an indicator the other person changed: value and Ha Noi time.</summary>
    private string StoredNowText(int indicatorId)
    {
        var stored = StoredFigure(_unitId!.Value, indicatorId);
        return stored is null
            ? Text["StoredNone"]
            : Text["StoredNow", stored.Value.ToString("N0", CultureInfo.CurrentCulture), HanoiTime.ToHanoi(stored.UpdatedAtUtc).ToString("g", CultureInfo.CurrentCulture)];
    }

    private string UnitName(int unitId) =>
        Detail.Participants.FirstOrDefault(p => p.Id == unitId) is { } unit ? CampaignFigures.NameOf(unit) : "";

    private static string IndicatorName(CampaignTargetProgress target) => Bilingual.Pick(target.NameVi, target.NameEn);
}
