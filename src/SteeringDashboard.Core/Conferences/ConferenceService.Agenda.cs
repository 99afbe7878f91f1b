using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Conferences;

// The agenda section: its items, their order 1..n and their documents.
public sealed partial class ConferenceService
{
    /// <summary>Adds an agenda item at the end (<paramref name="itemId"/> null) or edits one in place.</summary>
    public Task<ConferenceOutcome> SaveAgendaItemAsync(
        Caller caller, int conferenceId, Guid expectedVersion, int? itemId, AgendaDraft draft, CancellationToken cancellationToken = default) =>
        WriteAsync(caller, conferenceId, ConferenceSection.Agenda, expectedVersion, $"agenda item {itemId?.ToString(CultureInfo.InvariantCulture) ?? "new"}", async (db, conference, _) =>
        {
            var errors = new List<ConferenceError>();
            Require(errors, draft.Title, AgendaItem.TitleMaxLength, ConferenceError.AgendaTitleRequired, ConferenceError.AgendaTitleTooLong);
            var presenterName = Trimmed(draft.PresenterName);
            if (draft.PresenterUnitId is null && presenterName.Length == 0)
            {
                errors.Add(ConferenceError.PresenterRequired);
            }
            else if (draft.PresenterUnitId is not null && presenterName.Length > 0)
            {
                errors.Add(ConferenceError.PresenterAmbiguous);
            }
            else if (presenterName.Length > AgendaItem.PresenterNameMaxLength)
            {
                errors.Add(ConferenceError.PresenterNameTooLong);
            }
            else if (draft.PresenterUnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
            {
                errors.Add(ConferenceError.UnitUnknown);
            }

            if (draft.DurationMinutes is < AgendaItem.MinDurationMinutes or > AgendaItem.MaxDurationMinutes)
            {
                errors.Add(ConferenceError.DurationOutOfRange);
            }

            if (errors.Count > 0)
            {
                return new ConferenceOutcome.Invalid(errors);
            }

            AgendaItem? item;
            if (itemId is null)
            {
                var last = await db.AgendaItems.Where(i => i.ConferenceId == conference.Id).MaxAsync(i => (int?)i.Position, cancellationToken) ?? 0;
                item = db.AgendaItems.Add(new AgendaItem { ConferenceId = conference.Id, Position = last + 1, Title = "" }).Entity;
            }
            else
            {
                item = await db.AgendaItems.SingleOrDefaultAsync(i => i.Id == itemId && i.ConferenceId == conference.Id, cancellationToken);
                if (item is null)
                {
                    return new ConferenceOutcome.NotFound();
                }
            }

            item.Title = Trimmed(draft.Title);
            item.PresenterUnitId = draft.PresenterUnitId;
            item.PresenterName = presenterName.Length > 0 ? presenterName : null;
            item.DurationMinutes = draft.DurationMinutes;
            return null;
        }, cancellationToken);

    /// <summary>
    /// Removes an agenda item with its documents; the items after it move up, so the order stays 1..n. The documents'
    /// files are deleted once the removal is committed.
    /// </summary>
    public async Task<ConferenceOutcome> RemoveAgendaItemAsync(
        Caller caller, int conferenceId, Guid expectedVersion, int itemId, CancellationToken cancellationToken = default)
    {
        var storedNames = new List<string>();
        var outcome = await WriteAsync(caller, conferenceId, ConferenceSection.Agenda, expectedVersion, $"agenda item {itemId}", async (db, conference, _) =>
        {
            var items = await AgendaOfAsync(db, conference.Id, cancellationToken);
            var item = items.SingleOrDefault(i => i.Id == itemId);
            if (item is null)
            {
                return new ConferenceOutcome.NotFound();
            }

            // The rows go with the item by the database's cascade; their files are the service's to delete.
            storedNames.AddRange(await db.AgendaDocuments.Where(d => d.AgendaItemId == itemId).Select(d => d.StoredName).ToListAsync(cancellationToken));
            db.AgendaItems.Remove(item);
            items.Remove(item);
            Renumber(items);
            return null;
        }, cancellationToken);
        DeleteIfSaved(outcome, storedNames);
        return outcome;
    }

    /// <summary>
    /// Attaches <paramref name="files"/> to an agenda item, all or none: each must be a PDF, PNG or JPEG within the store's
    /// size limit, and the item may carry at most <see cref="AgendaItem.MaxDocuments"/>. A refused, conflicting or failed
    /// write reads no file or keeps none.
    /// </summary>
    public async Task<ConferenceOutcome> AttachAgendaDocumentsAsync(
        Caller caller, int conferenceId, Guid expectedVersion, int itemId, IReadOnlyList<FileUpload> files, CancellationToken cancellationToken = default)
    {
        using var pending = new PendingFiles(store);
        var outcome = await WriteAsync(caller, conferenceId, ConferenceSection.Agenda, expectedVersion, $"agenda item {itemId} documents", async (db, conference, actor) =>
        {
            if (!await db.AgendaItems.AnyAsync(i => i.Id == itemId && i.ConferenceId == conference.Id, cancellationToken))
            {
                return new ConferenceOutcome.NotFound();
            }

            if (files.Count == 0)
            {
                return new ConferenceOutcome.Invalid([ConferenceError.DocumentRequired]);
            }

            if (await db.AgendaDocuments.CountAsync(d => d.AgendaItemId == itemId, cancellationToken) + files.Count > AgendaItem.MaxDocuments)
            {
                return new ConferenceOutcome.Invalid([ConferenceError.TooManyDocuments]);
            }

            // Read only once the permission, the version and the count allow the attachment, so a refusal reads nothing.
            var refusals = (await pending.SaveAsync(files, cancellationToken))
                .Select(r => new DocumentRefusal(r.FileName, DocumentErrorOf(r.Error)))
                .ToList();
            if (refusals.Count > 0)
            {
                return new ConferenceOutcome.Invalid([.. refusals.Select(r => r.Error).Distinct()], refusals);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var saved in pending.Files)
            {
                db.AgendaDocuments.Add(new AgendaDocument
                {
                    AgendaItemId = itemId,
                    FileName = saved.FileName,
                    ContentType = saved.ContentType,
                    SizeBytes = saved.SizeBytes,
                    StoredName = saved.StoredName,
                    UploadedAtUtc = now,
                    UploadedBy = actor.DisplayName,
                });
            }

            return null;
        }, cancellationToken);
        if (outcome is ConferenceOutcome.Saved)
        {
            pending.Commit();
        }

        return outcome;
    }

    /// <summary>Removes a document from its agenda item; its file is deleted once the removal is committed.</summary>
    public async Task<ConferenceOutcome> RemoveAgendaDocumentAsync(
        Caller caller, int conferenceId, Guid expectedVersion, long documentId, CancellationToken cancellationToken = default)
    {
        var storedNames = new List<string>();
        var outcome = await WriteAsync(caller, conferenceId, ConferenceSection.Agenda, expectedVersion, $"agenda document {documentId}", async (db, conference, _) =>
        {
            var document = await db.AgendaDocuments
                .SingleOrDefaultAsync(d => d.Id == documentId && d.AgendaItem!.ConferenceId == conference.Id, cancellationToken);
            if (document is null)
            {
                return new ConferenceOutcome.NotFound();
            }

            storedNames.Add(document.StoredName);
            db.AgendaDocuments.Remove(document);
            return null;
        }, cancellationToken);
        DeleteIfSaved(outcome, storedNames);
        return outcome;
    }

    /// <summary>Moves an agenda item to <paramref name="position"/> (1-based) and renumbers the whole agenda 1..n.</summary>
    public Task<ConferenceOutcome> MoveAgendaItemAsync(
        Caller caller, int conferenceId, Guid expectedVersion, int itemId, int position, CancellationToken cancellationToken = default) =>
        WriteAsync(caller, conferenceId, ConferenceSection.Agenda, expectedVersion, $"agenda item {itemId}", async (db, conference, _) =>
        {
            var items = await AgendaOfAsync(db, conference.Id, cancellationToken);
            var item = items.SingleOrDefault(i => i.Id == itemId);
            if (item is null)
            {
                return new ConferenceOutcome.NotFound();
            }

            if (position < 1 || position > items.Count)
            {
                return new ConferenceOutcome.Invalid([ConferenceError.PositionOutOfRange]);
            }

            items.Remove(item);
            items.Insert(position - 1, item);
            Renumber(items);
            return null;
        }, cancellationToken);

    private void DeleteIfSaved(ConferenceOutcome outcome, List<string> storedNames)
    {
        if (outcome is ConferenceOutcome.Saved)
        {
            storedNames.ForEach(store.Delete);
        }
    }

    private static ConferenceError DocumentErrorOf(FileError error) => error switch
    {
        FileError.TooLarge => ConferenceError.DocumentTooLarge,
        FileError.Empty => ConferenceError.DocumentEmpty,
        _ => ConferenceError.DocumentTypeNotAllowed,
    };

    private static async Task<List<AgendaItem>> AgendaOfAsync(SteeringDbContext db, int conferenceId, CancellationToken cancellationToken) =>
        await db.AgendaItems.Where(i => i.ConferenceId == conferenceId).OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(cancellationToken);

    private static void Renumber(List<AgendaItem> items)
    {
        for (var index = 0; index < items.Count; index++)
        {
            items[index].Position = index + 1;
        }
    }
}
