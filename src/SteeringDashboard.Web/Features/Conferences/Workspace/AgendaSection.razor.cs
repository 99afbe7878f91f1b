using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Assignments;
using SteeringDashboard.Web.Files;

namespace SteeringDashboard.Web.Features.Conferences.Workspace;

/// <summary>
/// The agenda with its running total and each item's documents; the secretariat adds, edits, removes and reorders items
/// (by drag or with the Move up / Move down buttons) and attaches documents.
/// </summary>
public sealed partial class AgendaSection : IAsyncDisposable
{
    private const string ModulePath = "./Features/Conferences/Workspace/AgendaSection.razor.js";

    private string? _announcement;
    private AgendaForm _agenda = new();
    private IReadOnlyList<ConferenceError> _agendaErrors = [];
    private DocumentErrors? _documentErrors;
    private long? _confirmingRemoval;
    private IJSObjectReference? _module;
    private DotNetObjectReference<AgendaSection>? _self;
    private string? _focusAfterRender;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private FileStore Files { get; set; } = default!;

    private string MaxFileSize => FileSizeText.Format(Files.MaxBytes, A);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (Workspace.MayEdit && _module is null)
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

    private Task<bool> SaveAsync(Func<Guid, Task<ConferenceOutcome>> write, Action<IReadOnlyList<ConferenceError>> showErrors) =>
        Workspace.SaveAsync(ConferenceSection.Agenda, write, showErrors);

    private async Task SaveAgendaAsync()
    {
        var draft = new AgendaDraft(_agenda.Title, _agenda.PresenterUnitId, _agenda.PresenterName, _agenda.DurationMinutes ?? 0);
        var editing = _agenda.EditingId;
        if (await SaveAsync(version => Service.SaveAgendaItemAsync(Workspace.Caller, Detail.Id, version, editing, draft), errors => _agendaErrors = errors))
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
        SaveAsync(version => Service.RemoveAgendaItemAsync(Workspace.Caller, Detail.Id, version, item.Id), _ => { });

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

        var problems = Files.CheckChosenSizes(chosen.Select(f => f.Size));
        var tooLarge = chosen.Where((_, i) => problems[i] == ChosenFileProblem.TooLarge).Select(f => new DocumentRefusal(f.Name, ConferenceError.DocumentTooLarge)).ToList();
        if (tooLarge.Count > 0)
        {
            _documentErrors = new DocumentErrors(item.Id, [.. tooLarge.Select(RefusalText)]);
            return;
        }

        if (problems.Contains(ChosenFileProblem.TotalTooLarge))
        {
            _documentErrors = new DocumentErrors(item.Id, [L["Error.DocumentsTotalTooLarge", FileSizeText.Format(Files.MaxTotalBytes, A)]]);
            return;
        }

        IReadOnlyList<DocumentRefusal> refused = [];
        var attached = await SaveAsync(
            async version =>
            {
                // Read one by one to temporary files, not all into memory.
                var uploads = new List<SpooledUpload>();
                try
                {
                    foreach (var file in chosen)
                    {
                        uploads.Add((await SpooledUpload.ReadAsync(file, Files.MaxBytes, _ => true))!);
                    }

                    var outcome = await Service.AttachAgendaDocumentsAsync(Workspace.Caller, Detail.Id, version, item.Id, [.. uploads.Select(u => u.ToUpload())]);
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
        if (await SaveAsync(version => Service.RemoveAgendaDocumentAsync(Workspace.Caller, Detail.Id, version, document.Id), _ => { }))
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
        MoveAsync(item.Id, item.Position + 1, item.Position + 1 == Detail.Agenda.Count ? UpId(item.Id) : DownId(item.Id));

    private async Task MoveAsync(int itemId, int position, string? focusId)
    {
        if (await SaveAsync(version => Service.MoveAgendaItemAsync(Workspace.Caller, Detail.Id, version, itemId, position), _ => { })
            && Detail.Agenda.SingleOrDefault(a => a.Id == itemId) is { } moved)
        {
            _announcement = L["MovedAnnouncement", moved.Title, moved.Position, Detail.Agenda.Count, Minutes(Detail.TotalMinutes)];
            // Focus stays with the moved item: on the button pressed, or its other one at either end of the agenda.
            _focusAfterRender = focusId;
        }

        StateHasChanged();
    }

    private string Minutes(int minutes) => minutes >= 60
        ? L["HoursMinutes", minutes / 60, (minutes % 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture)]
        : L["Minutes", minutes];

    private static string PresenterOf(AgendaRow item) =>
        item.PresenterUnit is { } unit ? Bilingual.Pick(unit.NameVi, unit.NameEn) : item.PresenterName ?? "";

    private static string RowId(int itemId) => $"agenda-{itemId}";

    private static string UpId(int itemId) => $"agenda-up-{itemId}";

    private static string DownId(int itemId) => $"agenda-down-{itemId}";

    private static string AttachId(int itemId) => $"agenda-attach-{itemId}";

    private static string RemoveDocumentId(long documentId) => $"agenda-document-remove-{documentId}";

    private static string ConfirmRemovalId(long documentId) => $"agenda-document-confirm-{documentId}";

    /// <summary>Why the files chosen for an agenda item were not attached, one message a line.</summary>
    private sealed record DocumentErrors(int ItemId, IReadOnlyList<string> Messages);

    private sealed class AgendaForm
    {
        public int? EditingId { get; init; }
        public string? Title { get; set; }
        public int? PresenterUnitId { get; set; }
        public string? PresenterName { get; set; }
        public int? DurationMinutes { get; set; }
    }
}
