using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Web.Features.Conferences.Workspace;

/// <summary>The preparation checklist: items with their owner and due date, ticked when done.</summary>
public sealed partial class ChecklistSection
{
    private ChecklistForm _checklist = new();
    private IReadOnlyList<ConferenceError> _checklistErrors = [];

    private async Task SaveChecklistAsync()
    {
        var draft = new ChecklistDraft(_checklist.Text, _checklist.Owner, _checklist.DueDate);
        var editing = _checklist.EditingId;
        if (await Workspace.SaveAsync(
            ConferenceSection.Checklist,
            version => Service.SaveChecklistItemAsync(Workspace.Caller, Detail.Id, version, editing, draft),
            errors => _checklistErrors = errors))
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

    private Task ToggleChecklistAsync(ChecklistRow item, bool done) => Workspace.SaveAsync(
        ConferenceSection.Checklist, version => Service.SetChecklistItemDoneAsync(Workspace.Caller, Detail.Id, version, item.Id, done), _ => { });

    private Task RemoveChecklistAsync(ChecklistRow item) => Workspace.SaveAsync(
        ConferenceSection.Checklist, version => Service.RemoveChecklistItemAsync(Workspace.Caller, Detail.Id, version, item.Id), _ => { });

    private sealed class ChecklistForm
    {
        public int? EditingId { get; init; }
        public string? Text { get; set; }
        public string? Owner { get; set; }
        public DateOnly? DueDate { get; set; }
    }
}
