using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Indicators;

/// <summary>
/// A unit's figures for one month, one field per indicator it reports (every indicator on request). Saves each changed
/// field through <see cref="IndicatorEntryService"/> against the version it loaded: values far outside the unit's history
/// wait for the user's confirmation, a value someone else saved meanwhile is shown with the user's input kept, and a refusal
/// is shown. A reporter enters its own unit's figures; the standing agency chooses the unit.
/// </summary>
public sealed partial class FigureEntryPage
{
    private readonly Dictionary<int, string?> _inputs = [];
    private readonly Dictionary<int, FigureSnapshot?> _stored = [];
    private readonly Dictionary<int, string> _errors = [];
    private readonly Dictionary<int, int> _confirmations = [];
    private readonly Dictionary<int, FigureSnapshot?> _conflicts = [];
    private IReadOnlyList<FigureUnitOption>? _units;
    private IReadOnlyList<FigureEntryLine>? _lines;
    private FigureFilterText? _describe;
    private string? _unitCode;
    private int _year;
    private int _month;
    private bool _showAll;
    private bool _saving;
    private bool _forbidden;
    private bool _nothingToSave;

    [Inject]
    private IndicatorEntryService Entry { get; set; } = default!;

    [Inject]
    private FigureEntryQueries EntryQueries { get; set; } = default!;

    [Inject]
    private FigureTableQueries TableQueries { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    /// <summary>The unit to open, by code (the standing agency's choice; a reporter always gets its own unit).</summary>
    [SupplyParameterFromQuery(Name = FigureFilterQuery.UnitKey)]
    public string? Unit { get; set; }

    /// <summary>The month to open (default: the month just ended, the one usually reported).</summary>
    [SupplyParameterFromQuery(Name = FigureFilterQuery.YearKey)]
    public int? Year { get; set; }

    [SupplyParameterFromQuery(Name = "month")]
    public int? Month { get; set; }

    private DateOnly Today => HanoiTime.DateOf(Clock.GetUtcNow().UtcDateTime);

    private FigureUnitOption? SelectedUnit => _units?.FirstOrDefault(u => u.Code == _unitCode);

    private string UnitName => SelectedUnit is { } unit ? Bilingual.Pick(unit.NameVi, unit.NameEn) : "";

    /// <summary>The indicators the unit reports, or all of them when asked or when it has reported none yet; and any with input or an error.</summary>
    private IEnumerable<FigureEntryLine> ShownLines =>
        _showAll || !_lines!.Any(l => l.Reports)
            ? _lines!
            : _lines!.Where(l => l.Reports || l.Current is not null || !string.IsNullOrWhiteSpace(_inputs.GetValueOrDefault(l.Indicator.Id)) || _errors.ContainsKey(l.Indicator.Id));

    protected override async Task OnInitializedAsync()
    {
        var actor = await CurrentUser.GetAsync();
        var options = await TableQueries.LoadOptionsAsync();
        _describe = new FigureFilterText(Text, Shared, options);
        _units = [.. options.Units
            .Where(u => actor is not null && Permissions.Allows(actor, SteeringAction.RecordFigures, u.Id))
            .OrderBy(u => Bilingual.Pick(u.NameVi, u.NameEn), Bilingual.NameComparer)];
        _unitCode = _units.FirstOrDefault(u => string.Equals(u.Code, Unit, StringComparison.OrdinalIgnoreCase))?.Code ?? (_units.Count == 1 ? _units[0].Code : null);

        var previous = Today.AddMonths(-1);
        (_year, _month) = Year is >= FigureRules.FirstYear and <= 9999 && Month is >= 1 and <= 12 ? (Year.Value, Month.Value) : (previous.Year, previous.Month);
        await LoadAsync();
    }

    private async Task UnitChangedAsync(string? code)
    {
        _unitCode = code;
        await LoadAsync();
    }

    private async Task YearChangedAsync(int year)
    {
        _year = year;
        await LoadAsync();
    }

    private async Task MonthChangedAsync(int month)
    {
        _month = month;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _errors.Clear();
        _confirmations.Clear();
        _conflicts.Clear();
        _forbidden = false;
        _nothingToSave = false;
        _inputs.Clear();
        _stored.Clear();
        if (SelectedUnit is not { } unit)
        {
            _lines = null;
            return;
        }

        _lines = await EntryQueries.LoadAsync(unit.Id, _year, _month);
        foreach (var line in _lines)
        {
            _stored[line.Indicator.Id] = line.Current;
            _inputs[line.Indicator.Id] = InputText(line.Current);
        }
    }

    private void InputChanged(int indicatorId, string? value)
    {
        _inputs[indicatorId] = value;
        _errors.Remove(indicatorId);
        _nothingToSave = false;
    }

    private Task SaveAsync() => SaveChangedAsync(confirmed: []);

    /// <summary>Saves the values listed for confirmation, confirmed.</summary>
    private Task ConfirmAsync() => SaveChangedAsync(confirmed: [.. _confirmations.Keys]);

    /// <summary>Saves the user's values again, over the ones the other person saved.</summary>
    private Task SaveMineAsync()
    {
        foreach (var (indicatorId, current) in _conflicts)
        {
            _stored[indicatorId] = current;
        }

        _conflicts.Clear();
        return SaveChangedAsync(confirmed: []);
    }

    private void KeepTheirs()
    {
        foreach (var (indicatorId, current) in _conflicts)
        {
            _stored[indicatorId] = current;
            _inputs[indicatorId] = InputText(current);
        }

        _conflicts.Clear();
    }

    private async Task SaveChangedAsync(IReadOnlyCollection<int> confirmed)
    {
        if (SelectedUnit is not { } unit || _lines is null)
        {
            return;
        }

        _errors.Clear();
        _confirmations.Clear();
        _forbidden = false;
        var entries = new List<FigureEntry>();
        foreach (var line in _lines)
        {
            var id = line.Indicator.Id;
            var text = _inputs.GetValueOrDefault(id);
            var stored = _stored.GetValueOrDefault(id);
            if (string.IsNullOrWhiteSpace(text) && stored is null)
            {
                continue;
            }

            if (FigureRules.ParseValue(text, CultureInfo.CurrentCulture, out var value) is { } error)
            {
                _errors[id] = ErrorText(error);
                continue;
            }

            if (stored?.Value != value)
            {
                entries.Add(new FigureEntry(id, unit.Id, _year, _month, value, stored?.Version, confirmed.Contains(id)));
            }
        }

        _nothingToSave = entries.Count == 0 && _errors.Count == 0;
        if (_errors.Count > 0 || entries.Count == 0)
        {
            return;
        }

        _saving = true;
        var saved = 0;
        try
        {
            var outcomes = await Entry.SaveAllAsync(entries, await CurrentUser.CallerAsync());
            foreach (var (entry, outcome) in entries.Zip(outcomes))
            {
                switch (outcome)
                {
                    case FigureEntryOutcome.Saved s:
                        _stored[entry.IndicatorId] = s.Figure;
                        saved++;
                        break;
                    case FigureEntryOutcome.Unchanged u:
                        _stored[entry.IndicatorId] = u.Figure;
                        break;
                    case FigureEntryOutcome.Invalid invalid:
                        _errors[entry.IndicatorId] = string.Join(" ", invalid.Errors.Select(ErrorText).Distinct());
                        break;
                    case FigureEntryOutcome.NeedsConfirmation needs:
                        _confirmations[entry.IndicatorId] = needs.PreviousMax;
                        break;
                    case FigureEntryOutcome.Conflict conflict:
                        _conflicts[entry.IndicatorId] = conflict.Current;
                        break;
                    case FigureEntryOutcome.Forbidden:
                        _forbidden = true;
                        return;
                    case FigureEntryOutcome.Held:
                        break;
                }
            }
        }
        finally
        {
            _saving = false;
        }

        if (saved > 0)
        {
            Snackbar.Add(Text["EntrySaved", saved.ToString("N0", CultureInfo.CurrentCulture), UnitName], Severity.Success);
        }
    }

    /// <summary>What is stored for a field: the value, who saved it and when (Ha Noi time), or that nothing is stored yet.</summary>
    private string SavedText(FigureSnapshot? stored) => stored switch
    {
        null => Text["StoredNone"],
        { UpdatedBy: { } by } => Text["StoredBy", stored.Value.ToString("N0", CultureInfo.CurrentCulture), by, When(stored)],
        _ => Text["StoredAt", stored.Value.ToString("N0", CultureInfo.CurrentCulture), When(stored)],
    };

    /// <summary>A stored value as the field shows it, written as the screens write numbers (3.644 under vi-VN), and read back the same way.</summary>
    private static string? InputText(FigureSnapshot? stored) => stored?.Value.ToString("N0", CultureInfo.CurrentCulture);

    private static string When(FigureSnapshot stored) =>
        HanoiTime.ToHanoi(stored.UpdatedAtUtc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private string NameOf(int indicatorId) =>
        _lines?.FirstOrDefault(l => l.Indicator.Id == indicatorId)?.Indicator is { } i ? Bilingual.Pick(i.NameVi, i.NameEn) : "";

    private string ErrorText(FigureError error) => FigureErrorText.Of(Text, error);
}
