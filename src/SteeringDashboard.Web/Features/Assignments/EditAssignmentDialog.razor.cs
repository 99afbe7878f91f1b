using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>
/// Edits one assignment's state, progress, completion date, note and evidence. The service's rules decide what is
/// valid; each refused rule is shown beside its field. A save made from an outdated version shows what the other
/// person changed and lets the user reapply their input on top or discard it. The signed-in person saves under their
/// own name; when the service refuses them (their role, unit or account changed since the buttons were shown), the
/// dialog says so and stays open. While open, it says when someone else saves the same assignment, before the user's
/// own save meets the conflict. Closes with the saved <see cref="AssignmentSnapshot"/>.
/// </summary>
public sealed partial class EditAssignmentDialog : IDisposable
{
    private AssignmentForEdit? _assignment;
    private bool _loaded;
    private LiveRefresh? _liveRefresh;

    /// <summary>The version the user's input is made from: the one loaded, or the one a conflict showed.</summary>
    private AssignmentSnapshot _opened = default!;

    /// <summary>The latest change someone else saved after <see cref="_opened"/>, shown while the dialog is open.</summary>
    private AssignmentChange? _savedMeanwhile;
    private AssignmentState _state;
    private int _progress;
    private DateOnly? _completedOn;
    private string? _note;
    private string? _evidenceUrl;
    private IBrowserFile? _file;
    private bool _saving;
    private bool _notFound;
    private bool _forbidden;
    private bool _storageFailed;
    private IReadOnlyList<EditError> _errors = [];
    private EditOutcome.Conflict? _conflict;
    private MudNumericField<int>? _progressField;
    private DateInput? _completedOnField;
    private MudTextField<string>? _noteField;
    private MudTextField<string>? _evidenceUrlField;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private AssignmentUpdateService Updates { get; set; } = default!;

    [Inject]
    private FileStore Evidence { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ChangeNotifier Notifier { get; set; } = default!;

    [Inject]
    private CircuitConnection Connection { get; set; } = default!;

    /// <summary>The assignment to edit.</summary>
    [Parameter, EditorRequired]
    public int AssignmentId { get; set; }

    private DateOnly Today => HanoiTime.DateOf(Clock.GetUtcNow().UtcDateTime);

    private string? ProgressError => ErrorFor(EditField.Progress);

    private string? CompletedOnError => ErrorFor(EditField.CompletedOn);

    private string? NoteError => ErrorFor(EditField.Note);

    private string? EvidenceUrlError => ErrorFor(EditField.EvidenceUrl);

    /// <summary>The service's verdict on the file; before a save, a hint when the chosen file is plainly over the limit.</summary>
    private string? EvidenceFileError =>
        ErrorFor(EditField.EvidenceFile)
        ?? (_file?.Size > Evidence.MaxBytes ? EditErrors.Message(EditError.EvidenceFileTooLarge, Text, Evidence.MaxBytes) : null);

    private string? StateError => ErrorFor(EditField.State);

    private string FileHint => Text["FileHint", FileSizeText.Format(Evidence.MaxBytes, Text)];

    protected override async Task OnInitializedAsync()
    {
        // Live before loading, so that a save between the load and the subscription is not missed; the same mechanism as
        // every live screen, but what it reloads is only the notice of the other person's save, never the user's input.
        _liveRefresh = new LiveRefresh(Notifier, Connection, InvokeAsync, DispatchExceptionAsync, Concerns, ShowSavedMeanwhileAsync);
        var loading = await _liveRefresh.BeginAsync();
        _assignment = await Updates.LoadForEditAsync(AssignmentId, loading);
        if (_assignment is not null)
        {
            Show(_assignment.Current);
        }

        _loaded = true;
        _liveRefresh.Loaded();
    }

    private async Task SaveAsync()
    {
        _saving = true;
        _storageFailed = false;
        try
        {
            var edit = new AssignmentEdit(
                AssignmentId, _opened.Version, _state, _progress, _completedOn, _note, _evidenceUrl);
            var outcome = await SaveEditAsync(edit);
            switch (outcome)
            {
                case EditOutcome.Saved saved:
                    Dialog.Close(DialogResult.Ok(saved.Current));
                    return;
                case EditOutcome.Invalid invalid:
                    _errors = invalid.Errors;
                    await FocusFirstErrorAsync();
                    break;
                case EditOutcome.Conflict conflict:
                    _errors = [];
                    _conflict = conflict;
                    break;
                case EditOutcome.NotFound:
                    _notFound = true;
                    break;
                case EditOutcome.Forbidden:
                    _errors = [];
                    _forbidden = true;
                    break;
                case EditOutcome.StorageUnavailable:
                    // Nothing was saved: the person may try again once the storage is fixed.
                    _errors = [];
                    _storageFailed = true;
                    break;
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task<EditOutcome> SaveEditAsync(AssignmentEdit edit)
    {
        var caller = await User.CallerAsync();
        if (_file is null)
        {
            return await Updates.UpdateAsync(edit, caller);
        }

        // The declared size lets the stream open; the store stops reading once the file passes its limit.
        await using var content = _file.OpenReadStream(maxAllowedSize: _file.Size);
        return await Updates.UpdateAsync(edit, caller, new FileUpload(_file.Name, content));
    }

    /// <summary>Saves the user's input again, now against the version that the other person's change produced.</summary>
    private Task ReapplyAsync()
    {
        _opened = _conflict!.Current;
        _conflict = null;
        _savedMeanwhile = null;
        return SaveAsync();
    }

    /// <summary>Drops the user's input and shows the assignment as the other person left it.</summary>
    private void DiscardMine()
    {
        Show(_conflict!.Current);
        _note = null;
        _evidenceUrl = null;
        _file = null;
        _errors = [];
        _conflict = null;
        _savedMeanwhile = null;
    }

    private void Show(AssignmentSnapshot current)
    {
        _opened = current;
        _state = current.State;
        _progress = current.Progress;
        _completedOn = current.CompletedOn;
    }

    /// <summary>A completed assignment is at 100 %: choosing "Completed" says so at once, as the rules require.</summary>
    private void StateChosen()
    {
        if (_state == AssignmentState.Completed)
        {
            _progress = 100;
        }
    }

    /// <summary>A change of this assignment's unit and plan; before the assignment is loaded, any change (it may be this one's).</summary>
    private bool Concerns(DataChange change) =>
        change.Kind == ChangeKind.Assignment
        && (_assignment is not { } assignment || (change.PlanId == assignment.PlanId && change.UnitIds.Contains(assignment.Unit.Id)));

    /// <summary>Asks whether someone saved this assignment after the version the user opened, and says so.</summary>
    private async Task ShowSavedMeanwhileAsync(DataChange? change, CancellationToken cancellation)
    {
        if (_assignment is null)
        {
            return;
        }

        var opened = _opened.Version;
        var changes = await Updates.ChangesSinceAsync(AssignmentId, opened, cancellation);

        // The user may have reapplied or discarded meanwhile: the answer is about a version no longer edited.
        if (opened != _opened.Version)
        {
            return;
        }

        _savedMeanwhile = changes.Count > 0 ? changes[^1] : null;
        StateHasChanged();
    }

    private void FileChosen(IBrowserFile? file)
    {
        _file = file;
        _errors = [.. _errors.Where(e => EditErrors.FieldOf(e) != EditField.EvidenceFile)];
    }

    private void RemoveFile() => FileChosen(null);

    private void Cancel() => Dialog.Cancel();

    private string? ErrorFor(EditField field) => EditErrors.For(field, _errors, Text, Evidence.MaxBytes);

    private async Task FocusFirstErrorAsync()
    {
        var first = _errors.Select(EditErrors.FieldOf).Order().FirstOrDefault();
        switch (first)
        {
            case EditField.Progress:
                await FocusAsync(_progressField);
                break;
            case EditField.CompletedOn when _completedOnField is not null:
                await _completedOnField.FocusAsync();
                break;
            case EditField.Note:
                await FocusAsync(_noteField);
                break;
            case EditField.EvidenceUrl:
                await FocusAsync(_evidenceUrlField);
                break;
        }
    }

    private static async Task FocusAsync<T>(MudBaseInput<T>? field)
    {
        if (field is not null)
        {
            await field.FocusAsync();
        }
    }

    private string StateName(AssignmentState state) => Shared[$"{nameof(AssignmentState)}.{state}"];

    /// <summary>One changed field, from the value the user opened to the stored one.</summary>
    private string FieldChangeText(AssignmentField field, AssignmentSnapshot opened, AssignmentSnapshot stored) => field switch
    {
        AssignmentField.State => Text["StateChange", StateName(opened.State), StateName(stored.State)],
        AssignmentField.Progress => Text["ProgressChange", PercentText(opened.Progress), PercentText(stored.Progress)],
        AssignmentField.CompletedOn => Text["CompletedOnChange", DateText(opened.CompletedOn), DateText(stored.CompletedOn)],
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static string PercentText(int progress) => (progress / 100d).ToString("P0", CultureInfo.CurrentCulture);

    private static string DateText(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "—";

    /// <summary>Stored in UTC; the committee reads Ha Noi time.</summary>
    private static string HanoiTimeText(DateTime utc) => HanoiTime.ToHanoi(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.CurrentCulture);

    private static string TaskText(AssignmentForEdit assignment) => Bilingual.Pick(assignment.TaskTextVi, assignment.TaskTextEn);

    private static string UnitText(AssignmentForEdit assignment) => Bilingual.Pick(assignment.Unit.NameVi, assignment.Unit.NameEn);

    public void Dispose() => _liveRefresh?.Dispose();
}
