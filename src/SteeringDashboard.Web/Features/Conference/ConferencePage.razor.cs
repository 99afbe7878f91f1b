using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Assignments;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Conference;

/// <summary>
/// A conference's workspace: the record, invited units and people, the preparation checklist and the agenda with its running
/// total and each item's documents. The secretariat (ManageConference) edits every part; everyone else reads it and
/// downloads the documents. Each save goes through
/// <see cref="ConferenceService"/> with the version loaded here, and the page reloads after it.
/// </summary>
public sealed partial class ConferencePage : IAsyncDisposable
{
    private const string ModulePath = "./Features/Conference/ConferencePage.razor.js";

    private ConferenceDetail? _detail;
    private bool _loaded;
    private bool _mayEdit;
    private bool _busy;
    private string? _alert;
    private string? _announcement;
    private ConferenceRecordForm _record = new();
    private IReadOnlyList<ConferenceError> _recordErrors = [];
    private HashSet<int> _invited = [];
    private IReadOnlyList<ConferenceError> _invitationErrors = [];
    private InviteeDraftForm _invitee = new();
    private IReadOnlyList<ConferenceError> _inviteeErrors = [];
    private ChecklistForm _checklist = new();
    private IReadOnlyList<ConferenceError> _checklistErrors = [];
    private AgendaForm _agenda = new();
    private IReadOnlyList<ConferenceError> _agendaErrors = [];
    private DocumentErrors? _documentErrors;
    private long? _confirmingRemoval;
    private IJSObjectReference? _module;
    private DotNetObjectReference<ConferencePage>? _self;
    private string? _focusAfterRender;
    private Caller _caller = default!;
    private LiveRefresh? _liveRefresh;

    /// <summary>The conference to show.</summary>
    [Parameter]
    public int Id { get; set; }

    [Inject]
    private ConferenceQueries Queries { get; set; } = default!;

    [Inject]
    private ConferenceService Service { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ChangeNotifier Notifier { get; set; } = default!;

    [Inject]
    private CircuitConnection Connection { get; set; } = default!;

    [Inject]
    private FileStore Evidence { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ConferenceText> L { get; set; } = default!;

    private string MaxFileSize => FileSizeText.Format(Evidence.MaxBytes, A);

    protected override void OnInitialized() =>
        _liveRefresh = new LiveRefresh(Notifier, Connection, InvokeAsync, DispatchExceptionAsync, Concerns, async (_, cancellation) =>
        {
            await ReloadAsync(resetForms: true, cancellation);
            StateHasChanged();
        });

    protected override async Task OnParametersSetAsync()
    {
        var cancellation = await _liveRefresh!.BeginAsync();
        _mayEdit = await CurrentUser.MayAsync(SteeringAction.ManageConference);
        _caller = await CurrentUser.CallerAsync();
        try
        {
            await ReloadAsync(resetForms: true, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Superseded by another conference's load, or the page was closed.
            return;
        }

        _loaded = true;
        _liveRefresh.Loaded();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_mayEdit && _detail is not null && _module is null)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            _self = DotNetObjectReference.Create(this);
            await _module.InvokeVoidAsync("enableAgendaDrag", _self);
        }

        if (_focusAfterRender is { } id && _module is not null)
        {
            _focusAfterRender = null;
            await _module.InvokeVoidAsync("focusElement", id);
        }
    }

    /// <summary>Called by the drag-and-drop module when an agenda row is dropped onto another row's place.</summary>
    [JSInvokable]
    public Task MoveByDragAsync(int itemId, int position) => MoveAsync(itemId, position, focusId: null);

    public async ValueTask DisposeAsync()
    {
        _liveRefresh?.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("dispose");
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone: the browser dropped the module with it.
            }
        }

        _self?.Dispose();
    }

    /// <summary>
    /// Readers see the secretariat's changes as they are saved. Editors are not reloaded under their typing: the version
    /// they loaded stays, so a save after someone else's change is reported as a conflict instead of overwriting it.
    /// </summary>
    private bool Concerns(DataChange change) =>
        !_mayEdit && change.Kind == ChangeKind.Conference && _detail is { } shown && change.PlanId == shown.PlanId;

    private async Task ReloadAsync(bool resetForms, CancellationToken cancellation = default)
    {
        _detail = await Queries.LoadAsync(Id, cancellation);
        if (_detail is null)
        {
            return;
        }

        if (resetForms)
        {
            _record = ConferenceRecordForm.From(_detail);
            _invited = [.. _detail.InvitedUnitIds];
        }
    }

    private async Task SaveRecordAsync()
    {
        if (await RunAsync(version => Service.UpdateAsync(_caller, Id, version, _record.ToDraft()), errors => _recordErrors = errors))
        {
            _record = ConferenceRecordForm.From(_detail!);
        }
    }

    private Task SaveInvitationsAsync() =>
        RunAsync(version => Service.SetInvitedUnitsAsync(_caller, Id, version, _invited), errors => _invitationErrors = errors);

    private async Task AddInviteeAsync()
    {
        if (await RunAsync(version => Service.AddInviteeAsync(_caller, Id, version, new InviteeDraft(_invitee.Name, _invitee.Position)), errors => _inviteeErrors = errors))
        {
            _invitee = new();
        }
    }

    private Task RemoveInviteeAsync(InviteeRow invitee) =>
        RunAsync(version => Service.RemoveInviteeAsync(_caller, Id, version, invitee.Id), _ => { });

    private async Task SaveChecklistAsync()
    {
        var draft = new ChecklistDraft(_checklist.Text, _checklist.Owner, _checklist.DueDate);
        if (await RunAsync(version => Service.SaveChecklistItemAsync(_caller, Id, version, _checklist.EditingId, draft), errors => _checklistErrors = errors))
        {
            _checklist = new();
        }
    }

    private void EditChecklist(ChecklistRow item)
    {
        _checklist = new ChecklistForm { EditingId = item.Id, Text = item.Text, Owner = item.Owner, DueDate = item.DueDate };
        _checklistErrors = [];
    }

    private void CancelChecklistEdit()
    {
        _checklist = new();
        _checklistErrors = [];
    }

    private Task ToggleChecklistAsync(ChecklistRow item, bool done) =>
        RunAsync(version => Service.SetChecklistItemDoneAsync(_caller, Id, version, item.Id, done), _ => { });

    private Task RemoveChecklistAsync(ChecklistRow item) =>
        RunAsync(version => Service.RemoveChecklistItemAsync(_caller, Id, version, item.Id), _ => { });

    private async Task SaveAgendaAsync()
    {
        var draft = new AgendaDraft(_agenda.Title, _agenda.PresenterUnitId, _agenda.PresenterName, _agenda.DurationMinutes ?? 0);
        if (await RunAsync(version => Service.SaveAgendaItemAsync(_caller, Id, version, _agenda.EditingId, draft), errors => _agendaErrors = errors))
        {
            _agenda = new();
        }
    }

    private void EditAgenda(AgendaRow item)
    {
        _agenda = new AgendaForm
        {
            EditingId = item.Id,
            Title = item.Title,
            PresenterUnitId = item.PresenterUnit?.Id,
            PresenterName = item.PresenterName,
            DurationMinutes = item.DurationMinutes,
        };
        _agendaErrors = [];
    }

    private void CancelAgendaEdit()
    {
        _agenda = new();
        _agendaErrors = [];
    }

    private Task RemoveAgendaAsync(AgendaRow item) =>
        RunAsync(version => Service.RemoveAgendaItemAsync(_caller, Id, version, item.Id), _ => { });

    /// <summary>
    /// Attaches the files chosen for <paramref name="item"/>, all or none. Too many files, one over the size limit or files
    /// over the total for one choice are named at once without reading anything; the service refuses by name a file that is not a PDF, PNG or JPEG.
    /// </summary>
    private async Task AttachAsync(AgendaRow item, IReadOnlyList<IBrowserFile>? files)
    {
        _documentErrors = null;
        _confirmingRemoval = null;
        var chosen = files ?? [];
        if (item.Documents.Count + chosen.Count > AgendaItem.MaxDocuments)
        {
            _documentErrors = new DocumentErrors(item.Id, [DocumentErrorText(ConferenceError.TooManyDocuments)]);
            return;
        }

        var tooLarge = chosen.Where(f => f.Size > Evidence.MaxBytes).Select(f => new DocumentRefusal(f.Name, ConferenceError.DocumentTooLarge)).ToList();
        if (tooLarge.Count > 0)
        {
            _documentErrors = new DocumentErrors(item.Id, [.. tooLarge.Select(RefusalText)]);
            return;
        }

        if (chosen.Sum(f => f.Size) > Evidence.MaxTotalBytes)
        {
            _documentErrors = new DocumentErrors(item.Id, [L["Error.DocumentsTotalTooLarge", FileSizeText.Format(Evidence.MaxTotalBytes, A)]]);
            return;
        }

        IReadOnlyList<DocumentRefusal> refused = [];
        var attached = await RunAsync(
            async version =>
            {
                // Read one by one to temporary files, not all into memory.
                var uploads = new List<SpooledUpload>();
                try
                {
                    foreach (var file in chosen)
                    {
                        uploads.Add((await SpooledUpload.ReadAsync(file, Evidence.MaxBytes, _ => true))!);
                    }

                    var outcome = await Service.AttachAgendaDocumentsAsync(_caller, Id, version, item.Id, [.. uploads.Select(u => u.ToUpload())]);
                    refused = outcome is ConferenceOutcome.Invalid { Files: { } named } ? named : [];
                    return outcome;
                }
                finally
                {
                    uploads.ForEach(upload => upload.Dispose());
                }
            },
            errors => _documentErrors = errors.Count == 0
                ? null
                : new DocumentErrors(item.Id, [.. refused.Select(RefusalText), .. errors.Where(e => refused.All(r => r.Error != e)).Select(DocumentErrorText)]));
        if (attached)
        {
            _announcement = L["DocumentsAttached", chosen.Count, item.Title];
        }
    }

    private void AskDocumentRemoval(AgendaDocumentRow document)
    {
        _confirmingRemoval = document.Id;
        _focusAfterRender = ConfirmRemovalId(document.Id);
    }

    private void CancelDocumentRemoval(AgendaDocumentRow document)
    {
        _confirmingRemoval = null;
        _focusAfterRender = RemoveDocumentId(document.Id);
    }

    private async Task RemoveDocumentAsync(AgendaRow item, AgendaDocumentRow document)
    {
        _documentErrors = null;
        if (await RunAsync(version => Service.RemoveAgendaDocumentAsync(_caller, Id, version, document.Id), _ => { }))
        {
            _announcement = L["DocumentRemoved", document.FileName, item.Title];
            // The removed document's buttons are gone: focus goes to the item's attach button.
            _focusAfterRender = AttachId(item.Id);
        }

        _confirmingRemoval = null;
    }

    private string RefusalText(DocumentRefusal refusal) => L["DocumentRefused", refusal.FileName, DocumentErrorText(refusal.Error)];

    private string DocumentErrorText(ConferenceError error) => error switch
    {
        ConferenceError.DocumentTooLarge => L["Error.DocumentTooLarge", MaxFileSize],
        ConferenceError.TooManyDocuments => L["Error.TooManyDocuments", AgendaItem.MaxDocuments],
        _ => L[$"Error.{error}"],
    };

    private Task MoveUpAsync(AgendaRow item) => MoveAsync(item.Id, item.Position - 1, item.Position - 1 == 1 ? DownId(item.Id) : UpId(item.Id));

    private Task MoveDownAsync(AgendaRow item) =>
        MoveAsync(item.Id, item.Position + 1, item.Position + 1 == _detail!.Agenda.Count ? UpId(item.Id) : DownId(item.Id));

    private async Task MoveAsync(int itemId, int position, string? focusId)
    {
        if (await RunAsync(version => Service.MoveAgendaItemAsync(_caller, Id, version, itemId, position), _ => { })
            && _detail!.Agenda.SingleOrDefault(a => a.Id == itemId) is { } moved)
        {
            _announcement = L["MovedAnnouncement", moved.Title, moved.Position, _detail.Agenda.Count, Minutes(_detail.TotalMinutes)];
            // Focus stays with the moved item: on the button pressed, or its other one at either end of the agenda.
            _focusAfterRender = focusId;
        }

        StateHasChanged();
    }

    /// <summary>
    /// Saves through <paramref name="write"/> with the loaded version; on success reloads and returns true. Validation errors
    /// go to <paramref name="showErrors"/>; a conflict, a refusal or a vanished item is explained in the alert.
    /// </summary>
    private async Task<bool> RunAsync(Func<Guid, Task<ConferenceOutcome>> write, Action<IReadOnlyList<ConferenceError>> showErrors)
    {
        if (_busy || _detail is null)
        {
            return false;
        }

        _busy = true;
        _alert = null;
        try
        {
            var outcome = await write(_detail.Version);
            showErrors(outcome is ConferenceOutcome.Invalid invalid ? invalid.Errors : []);
            switch (outcome)
            {
                case ConferenceOutcome.Saved:
                    await ReloadAsync(resetForms: false);
                    return true;
                case ConferenceOutcome.Conflict:
                    _alert = L["Conflict"];
                    await ReloadAsync(resetForms: true);
                    return false;
                case ConferenceOutcome.NotFound:
                    _alert = L["NotFoundChange"];
                    await ReloadAsync(resetForms: false);
                    return false;
                case ConferenceOutcome.Forbidden:
                    _alert = L["Forbidden"];
                    return false;
                default:
                    return false;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private string Minutes(int minutes) => minutes >= 60
        ? L["HoursMinutes", minutes / 60, (minutes % 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture)]
        : L["Minutes", minutes];

    private string? ErrorText(IReadOnlyList<ConferenceError> errors, params ConferenceError[] codes) => ConferenceErrorText.Of(L, errors, codes);

    private static string PresenterOf(AgendaRow item) =>
        item.PresenterUnit is { } unit ? Bilingual.Pick(unit.NameVi, unit.NameEn) : item.PresenterName ?? "";

    private static string RowId(int itemId) => $"agenda-{itemId}";

    private static string UpId(int itemId) => $"agenda-up-{itemId}";

    private static string DownId(int itemId) => $"agenda-down-{itemId}";

    private static string AttachId(int itemId) => $"agenda-attach-{itemId}";

    private static string RemoveDocumentId(long documentId) => $"agenda-document-remove-{documentId}";

    private static string ConfirmRemovalId(long documentId) => $"agenda-document-confirm-{documentId}";

    private void ToggleInvited(int unitId, bool invited)
    {
        if (invited)
        {
            _invited.Add(unitId);
        }
        else
        {
            _invited.Remove(unitId);
        }
    }

    /// <summary>Why the files chosen for an agenda item were not attached, one message a line.</summary>
    private sealed record DocumentErrors(int ItemId, IReadOnlyList<string> Messages);

    private sealed class InviteeDraftForm
    {
        public string? Name { get; set; }
        public string? Position { get; set; }
    }

    private sealed class ChecklistForm
    {
        public int? EditingId { get; init; }
        public string? Text { get; set; }
        public string? Owner { get; set; }
        public DateOnly? DueDate { get; set; }
    }

    private sealed class AgendaForm
    {
        public int? EditingId { get; init; }
        public string? Title { get; set; }
        public int? PresenterUnitId { get; set; }
        public string? PresenterName { get; set; }
        public int? DurationMinutes { get; set; }
    }
}
