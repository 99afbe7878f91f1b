using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>
/// One task's new state for several units at once: tick the units, set the new values, preview old → new per unit
/// with the rules each line would break, then apply all of it in one transaction or nothing. For the standing agency
/// only (the page's policy); the service checks the signed-in person again when the edit is applied.
/// </summary>
public sealed partial class BulkUpdatePage
{
    /// <summary>Query key naming the task (its number) to start with, as the Tasks page's task filter does.</summary>
    public const string TaskKey = "task";

    private IReadOnlyList<PlanTaskItem>? _tasksOf;
    private PlanTaskItem? _task;
    private IReadOnlyList<AssignmentRow> _rows = [];
    private bool _loadingRows;
    private readonly HashSet<int> _selected = [];
    private AssignmentState _state = AssignmentState.Completed;
    private int _progress = 100;
    private DateOnly? _completedOn;
    private string? _note;
    private bool? _mayBulkUpdate;
    private BulkEdit? _previewEdit;
    private IReadOnlyList<BulkPreviewRow>? _preview;
    private bool _previewing;
    private bool _applying;
    private bool _refused;
    private bool _forbidden;
    private IReadOnlyList<string>? _changedUnits;

    [Inject]
    private PlanDocumentQueries PlanDocuments { get; set; } = default!;

    [Inject]
    private AssignmentQueries Assignments { get; set; } = default!;

    [Inject]
    private AssignmentUpdateService Updates { get; set; } = default!;

    [Inject]
    private FileStore Evidence { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [SupplyParameterFromQuery(Name = TaskKey)]
    public int? TaskNumber { get; set; }

    /// <summary>The bulk update page for the selection's plan, starting with a task when one is given.</summary>
    public static string LinkFor(PlanSelection selection, int? taskNumber = null) =>
        "/tasks/bulk" + selection.ToQueryString()
        + (taskNumber is { } task ? $"&{TaskKey}={task.ToString(CultureInfo.InvariantCulture)}" : "");

    private DateOnly Today => HanoiTime.DateOf(Clock.GetUtcNow().UtcDateTime);

    private bool Busy => _previewing || _applying;

    /// <summary>Only a preview without problems, and not one that a conflict has shown to be outdated.</summary>
    private bool CanApply => _preview is { Count: > 0 } rows && rows.All(r => r.Errors.Count == 0) && _changedUnits is null && !_forbidden && !Busy;

    /// <summary>The router refuses the page to others; this also covers the page rendered without the router.</summary>
    protected override async Task OnInitializedAsync() => _mayBulkUpdate = await User.MayAsync(SteeringAction.BulkUpdateAssignments);

    protected override Task<PlanDocument?> LoadAsync(PlanSelection selection, CancellationToken cancellation) =>
        PlanDocuments.LoadAsync(selection.Plan.Id, selection.AsOf, cancellation);

    protected override async Task OnParametersSetAsync()
    {
        await base.OnParametersSetAsync();
        if (Data is null || ReferenceEquals(Data.Tasks, _tasksOf))
        {
            return;
        }

        // Another plan (or the first load): start again from the task the query names, if the plan has it.
        _tasksOf = Data.Tasks;
        _task = null;
        _rows = [];
        _selected.Clear();
        ClearPreview();
        if (Data.Tasks.FirstOrDefault(t => t.Number == TaskNumber) is { } task)
        {
            await PickTaskAsync(task.Id);
        }
    }

    private async Task PickTaskAsync(int planTaskId)
    {
        _task = Data?.Tasks.FirstOrDefault(t => t.Id == planTaskId);
        _selected.Clear();
        ClearPreview();
        await LoadRowsAsync();
    }

    /// <summary>The task's assignments as they stand now (the state at today's date is the latest recorded one).</summary>
    private async Task LoadRowsAsync()
    {
        if (_task is null || Selection is null)
        {
            _rows = [];
            return;
        }

        _loadingRows = true;
        try
        {
            var all = await Assignments.ListAsync(new PlanFilter(Selection.Plan.Id, Today));
            var names = Bilingual.NameComparer;
            _rows = all.Where(r => r.PlanTaskId == _task.Id).OrderBy(UnitName, names).ToList();
            _selected.IntersectWith(_rows.Select(r => r.AssignmentId));
        }
        finally
        {
            _loadingRows = false;
        }
    }

    private void Toggle(int assignmentId, bool selected)
    {
        if (selected)
        {
            _selected.Add(assignmentId);
        }
        else
        {
            _selected.Remove(assignmentId);
        }

        ClearPreview();
    }

    private void SelectAll()
    {
        _selected.UnionWith(_rows.Select(r => r.AssignmentId));
        ClearPreview();
    }

    private void SelectNone()
    {
        _selected.Clear();
        ClearPreview();
    }

    /// <summary>A preview only stands for the values it was made from: any change asks for a new one.</summary>
    private void ClearPreview()
    {
        _preview = null;
        _previewEdit = null;
        _refused = false;
        _forbidden = false;
        _changedUnits = null;
    }

    private async Task PreviewAsync()
    {
        if (_task is null || _selected.Count == 0)
        {
            return;
        }

        _previewing = true;
        try
        {
            // A preview reads each line's current version; the versions sent here do not matter.
            var edit = new BulkEdit(
                _task.Id,
                [.. _selected.Select(id => new BulkTarget(id, Guid.Empty))],
                _state,
                _progress,
                _completedOn,
                _note);
            var rows = await Updates.PreviewBulkAsync(edit);
            var order = _rows.Select((r, index) => (r.AssignmentId, index)).ToDictionary(p => p.AssignmentId, p => p.index);
            _preview = rows.OrderBy(r => order.GetValueOrDefault(r.Current.AssignmentId, int.MaxValue)).ToList();
            _previewEdit = edit with { Targets = [.. rows.Select(r => new BulkTarget(r.Current.AssignmentId, r.Current.Version))] };
            _refused = false;
            _changedUnits = null;
        }
        finally
        {
            _previewing = false;
        }
    }

    private async Task ApplyAsync()
    {
        if (_previewEdit is null || _preview is null)
        {
            return;
        }

        var overwrites = _preview.Where(r => r.Warnings.Count > 0)
            .Select(r => (UnitText(r.Unit), (IReadOnlyList<string>)[.. r.Warnings.Select(WarningText)]))
            .ToList();
        var parameters = new DialogParameters<BulkConfirmDialog>
        {
            { d => d.Message, Text["BulkConfirmMessage", _preview.Count.ToString("N0", CultureInfo.CurrentCulture), _task?.Number ?? 0].Value },
            { d => d.Overwrites, overwrites },
        };
        var dialog = await Dialogs.ShowAsync<BulkConfirmDialog>(Text["BulkConfirmTitle"], parameters);
        if (await dialog.Result is not { Canceled: false })
        {
            return;
        }

        _applying = true;
        try
        {
            // The dialog named every overwrite of the preview, and the versions make sure nothing else changed since.
            var edit = _previewEdit with { WarningsConfirmed = overwrites.Count > 0 };
            var outcome = await Updates.ApplyBulkAsync(edit, await User.CallerAsync());
            switch (outcome)
            {
                case BulkOutcome.Applied applied:
                    Snackbar.Add(Text["BulkApplied", applied.Count.ToString("N0", CultureInfo.CurrentCulture)], Severity.Success);
                    _selected.Clear();
                    ClearPreview();
                    await LoadRowsAsync();
                    break;
                case BulkOutcome.Invalid invalid:
                    _preview = invalid.Rows;
                    _refused = true;
                    break;
                case BulkOutcome.Unconfirmed unconfirmed:
                    _preview = unconfirmed.Rows;
                    break;
                case BulkOutcome.Conflict conflict:
                    var changed = conflict.AssignmentIds.ToHashSet();
                    _changedUnits = [.. _preview.Where(r => changed.Contains(r.Current.AssignmentId)).Select(r => UnitText(r.Unit))];
                    break;
                case BulkOutcome.Forbidden:
                    _forbidden = true;
                    break;
            }
        }
        finally
        {
            _applying = false;
        }
    }

    /// <summary>After a conflict: the list and the preview again, from the current versions.</summary>
    private async Task RefreshPreviewAsync()
    {
        await LoadRowsAsync();
        await PreviewAsync();
    }

    private static string UnitName(AssignmentRow row) => Bilingual.Pick(row.UnitNameVi, row.UnitNameEn);

    private static string UnitText(UnitName unit) => Bilingual.Pick(unit.NameVi, unit.NameEn);

    private static string TaskText(PlanTaskItem task) => Bilingual.Pick(task.TextVi, task.TextEn);

    private string ErrorText(EditError error) => EditErrors.Message(error, Text, Evidence.MaxBytes);

    private string WarningText(BulkWarning warning) => warning switch
    {
        BulkWarning.RewritesCompletion { Proposed: { } proposed } rewrite => Text["BulkRewritesCompletion", DateText(rewrite.Recorded), DateText(proposed)],
        BulkWarning.RewritesCompletion removal => Text["BulkRemovesCompletion", DateText(removal.Recorded)],
        BulkWarning.LowersProgress lower => Text["BulkLowersProgress", PercentText(lower.Recorded), PercentText(lower.Proposed)],
        _ => throw new ArgumentOutOfRangeException(nameof(warning), warning, null),
    };

    private static string? RowClass(BulkPreviewRow row) =>
        row.Errors.Count > 0 ? "bulk-row-error" : row.Warnings.Count > 0 ? "bulk-row-warning" : null;

    private string StateName(AssignmentState state) => Shared[$"{nameof(AssignmentState)}.{state}"];

    private static string PercentText(int progress) => (progress / 100d).ToString("P0", CultureInfo.CurrentCulture);

    private static string DateText(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "—";

    private string SelectedCountText =>
        Text["BulkSelectedCount", _selected.Count.ToString("N0", CultureInfo.CurrentCulture), _rows.Count.ToString("N0", CultureInfo.CurrentCulture)];
}
