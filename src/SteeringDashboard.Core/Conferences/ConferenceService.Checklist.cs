using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Conferences;

// The preparation checklist section.
public sealed partial class ConferenceService
{
    /// <summary>Adds a checklist item (<paramref name="itemId"/> null) or edits one; editing keeps whether it is done.</summary>
    public Task<ConferenceOutcome> SaveChecklistItemAsync(
        Caller caller, int conferenceId, Guid expectedVersion, int? itemId, ChecklistDraft draft, CancellationToken cancellationToken = default) =>
        WriteAsync(caller, conferenceId, ConferenceSection.Checklist, expectedVersion, $"checklist item {itemId?.ToString(CultureInfo.InvariantCulture) ?? "new"}", async (db, conference, _) =>
        {
            var errors = new List<ConferenceError>();
            Require(errors, draft.Text, ConferenceChecklistItem.TextMaxLength, ConferenceError.ChecklistTextRequired, ConferenceError.ChecklistTextTooLong);
            Require(errors, draft.Owner, ConferenceChecklistItem.OwnerMaxLength, ConferenceError.ChecklistOwnerRequired, ConferenceError.ChecklistOwnerTooLong);
            if (errors.Count > 0)
            {
                return new ConferenceOutcome.Invalid(errors);
            }

            var item = itemId is null
                ? db.ConferenceChecklistItems.Add(new ConferenceChecklistItem { ConferenceId = conference.Id, Text = "", Owner = "" }).Entity
                : await db.ConferenceChecklistItems.SingleOrDefaultAsync(i => i.Id == itemId && i.ConferenceId == conference.Id, cancellationToken);
            if (item is null)
            {
                return new ConferenceOutcome.NotFound();
            }

            item.Text = Trimmed(draft.Text);
            item.Owner = Trimmed(draft.Owner);
            item.DueDate = draft.DueDate;
            return null;
        }, cancellationToken);

    public Task<ConferenceOutcome> SetChecklistItemDoneAsync(
        Caller caller, int conferenceId, Guid expectedVersion, int itemId, bool done, CancellationToken cancellationToken = default) =>
        WriteAsync(caller, conferenceId, ConferenceSection.Checklist, expectedVersion, $"checklist item {itemId}", async (db, conference, _) =>
        {
            var item = await db.ConferenceChecklistItems.SingleOrDefaultAsync(i => i.Id == itemId && i.ConferenceId == conference.Id, cancellationToken);
            if (item is null)
            {
                return new ConferenceOutcome.NotFound();
            }

            item.Done = done;
            return null;
        }, cancellationToken);

    public Task<ConferenceOutcome> RemoveChecklistItemAsync(
        Caller caller, int conferenceId, Guid expectedVersion, int itemId, CancellationToken cancellationToken = default) =>
        WriteAsync(caller, conferenceId, ConferenceSection.Checklist, expectedVersion, $"checklist item {itemId}", async (db, conference, _) =>
        {
            var item = await db.ConferenceChecklistItems.SingleOrDefaultAsync(i => i.Id == itemId && i.ConferenceId == conference.Id, cancellationToken);
            if (item is null)
            {
                return new ConferenceOutcome.NotFound();
            }

            db.ConferenceChecklistItems.Remove(item);
            return null;
        }, cancellationToken);
}
