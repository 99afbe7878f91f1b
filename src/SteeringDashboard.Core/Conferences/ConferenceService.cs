using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Conferences;

/// <summary>The conference record as the secretariat types it; dates are null until chosen.</summary>
public sealed record ConferenceDraft(
    string? Title, DateOnly? Date, string? Venue, string? Chair, DateOnly? PeriodStart, DateOnly? PeriodEnd, DateOnly? CutoffDate);

public sealed record InviteeDraft(string? Name, string? Position);

public sealed record ChecklistDraft(string? Text, string? Owner, DateOnly? DueDate);

/// <summary>An agenda item as typed: presented either by a unit (<see cref="PresenterUnitId"/>) or by a named person.</summary>
public sealed record AgendaDraft(string? Title, int? PresenterUnitId, string? PresenterName, int DurationMinutes);

public enum ConferenceError
{
    TitleRequired = 1,
    TitleTooLong,
    DateRequired,
    VenueRequired,
    VenueTooLong,
    ChairRequired,
    ChairTooLong,
    PeriodRequired,
    PeriodReversed,
    CutoffRequired,

    /// <summary>The cut-off falls before the reviewed period begins (within or after the period is fine).</summary>
    CutoffBeforePeriod,

    /// <summary>The conference would sit before the cut-off of the figures it reviews.</summary>
    DateBeforeCutoff,
    UnitUnknown,
    InviteeNameRequired,
    InviteeNameTooLong,
    InviteePositionTooLong,
    ChecklistTextRequired,
    ChecklistTextTooLong,
    ChecklistOwnerRequired,
    ChecklistOwnerTooLong,
    AgendaTitleRequired,
    AgendaTitleTooLong,
    PresenterRequired,

    /// <summary>Both a unit and a person's name were given: an item has one presenter.</summary>
    PresenterAmbiguous,
    PresenterNameTooLong,
    DurationOutOfRange,
    PositionOutOfRange,

    /// <summary>An attachment was asked for without any file.</summary>
    DocumentRequired,
    DocumentTooLarge,
    DocumentTypeNotAllowed,
    DocumentEmpty,

    /// <summary>The item would carry more than <see cref="AgendaItem.MaxDocuments"/> documents.</summary>
    TooManyDocuments,
}

/// <summary>A file refused for <paramref name="Error"/>, named as it was uploaded.</summary>
public sealed record DocumentRefusal(string FileName, ConferenceError Error);

public abstract record ConferenceOutcome
{
    private ConferenceOutcome()
    {
    }

    /// <summary>Stored; <paramref name="Version"/> is the conference's new version, for the next write.</summary>
    public sealed record Saved(int ConferenceId, Guid Version) : ConferenceOutcome;

    /// <summary>Nothing was stored; <paramref name="Files"/> names the uploaded files refused, if any.</summary>
    public sealed record Invalid(IReadOnlyList<ConferenceError> Errors, IReadOnlyList<DocumentRefusal>? Files = null) : ConferenceOutcome;

    /// <summary>Someone changed the conference (its record, invitations, checklist or agenda) since the editor loaded it: nothing was stored.</summary>
    public sealed record Conflict : ConferenceOutcome;

    /// <summary>The conference, or the item named, no longer exists.</summary>
    public sealed record NotFound : ConferenceOutcome;

    /// <summary>The caller may not prepare conferences (or the account is disabled): nothing was stored, and the refusal is audited.</summary>
    public sealed record Forbidden : ConferenceOutcome;
}

/// <summary>
/// Every write of the conference workspace: the record, invited units and people, the checklist and the agenda. Each write
/// checks <see cref="SteeringAction.ManageConference"/>, runs in one transaction, and takes the conference's version as the
/// editor saw it; any stored change gives the conference a new version, so that a second editor working from an older
/// screen gets a conflict instead of overwriting. Agenda documents are kept in the <see cref="FileStore"/>: a file is
/// kept only when its row is committed, and a removed row's file is deleted once the removal is committed.
/// </summary>
public sealed class ConferenceService(
    IDbContextFactory<SteeringDbContext> factory, ChangeNotifier notifier, AccessGuard guard, FileStore store, TimeProvider clock)
{
    public async Task<ConferenceOutcome> CreateAsync(Caller caller, int planId, ConferenceDraft draft, CancellationToken cancellationToken = default)
    {
        var actor = await guard.AuthorizeAsync(caller, SteeringAction.ManageConference, null, Target($"plan {planId} new conference"), cancellationToken);
        if (actor is null)
        {
            return new ConferenceOutcome.Forbidden();
        }

        var errors = Validate(draft);
        if (errors.Count > 0)
        {
            return new ConferenceOutcome.Invalid(errors);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await db.Plans.AnyAsync(p => p.Id == planId, cancellationToken))
        {
            return new ConferenceOutcome.NotFound();
        }

        var conference = new Conference { PlanId = planId, Title = "", Venue = "", Chair = "", UpdatedBy = actor.DisplayName };
        Apply(conference, draft);
        Stamp(conference, actor);
        db.Conferences.Add(conference);
        await db.SaveChangesAsync(cancellationToken);
        Publish(conference);
        return new ConferenceOutcome.Saved(conference.Id, conference.Version);
    }

    public Task<ConferenceOutcome> UpdateAsync(
        Caller caller, int conferenceId, Guid expectedVersion, ConferenceDraft draft, CancellationToken cancellationToken = default) =>
        WriteAsync(caller, conferenceId, expectedVersion, "record", (_, conference, _) =>
        {
            var errors = Validate(draft);
            if (errors.Count == 0)
            {
                Apply(conference, draft);
            }

            return Task.FromResult<ConferenceOutcome?>(errors.Count > 0 ? new ConferenceOutcome.Invalid(errors) : null);
        }, cancellationToken);

    /// <summary>Replaces the invited units with <paramref name="unitIds"/>.</summary>
    public Task<ConferenceOutcome> SetInvitedUnitsAsync(
        Caller caller, int conferenceId, Guid expectedVersion, IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken = default) =>
        WriteAsync(caller, conferenceId, expectedVersion, "invited units", async (db, conference, _) =>
        {
            var wanted = unitIds.ToHashSet();
            if (await db.Units.CountAsync(u => wanted.Contains(u.Id), cancellationToken) != wanted.Count)
            {
                return new ConferenceOutcome.Invalid([ConferenceError.UnitUnknown]);
            }

            var current = await db.ConferenceInvitedUnits.Where(i => i.ConferenceId == conference.Id).ToListAsync(cancellationToken);
            db.ConferenceInvitedUnits.RemoveRange(current.Where(i => !wanted.Contains(i.UnitId)));
            db.ConferenceInvitedUnits.AddRange(wanted.Except(current.Select(i => i.UnitId))
                .Select(unitId => new ConferenceInvitedUnit { ConferenceId = conference.Id, UnitId = unitId }));
            return null;
        }, cancellationToken);

    public Task<ConferenceOutcome> AddInviteeAsync(
        Caller caller, int conferenceId, Guid expectedVersion, InviteeDraft draft, CancellationToken cancellationToken = default) =>
        WriteAsync(caller, conferenceId, expectedVersion, "invitee", (db, conference, _) =>
        {
            var errors = new List<ConferenceError>();
            Require(errors, draft.Name, ConferenceInvitee.NameMaxLength, ConferenceError.InviteeNameRequired, ConferenceError.InviteeNameTooLong);
            if (Trimmed(draft.Position).Length > ConferenceInvitee.PositionMaxLength)
            {
                errors.Add(ConferenceError.InviteePositionTooLong);
            }

            if (errors.Count == 0)
            {
                db.ConferenceInvitees.Add(new ConferenceInvitee { ConferenceId = conference.Id, Name = Trimmed(draft.Name), Position = Trimmed(draft.Position) });
            }

            return Task.FromResult<ConferenceOutcome?>(errors.Count > 0 ? new ConferenceOutcome.Invalid(errors) : null);
        }, cancellationToken);

    public Task<ConferenceOutcome> RemoveInviteeAsync(
        Caller caller, int conferenceId, Guid expectedVersion, int inviteeId, CancellationToken cancellationToken = default) =>
        WriteAsync(caller, conferenceId, expectedVersion, $"invitee {inviteeId}", async (db, conference, _) =>
        {
            var invitee = await db.ConferenceInvitees.SingleOrDefaultAsync(i => i.Id == inviteeId && i.ConferenceId == conference.Id, cancellationToken);
            if (invitee is null)
            {
                return new ConferenceOutcome.NotFound();
            }

            db.ConferenceInvitees.Remove(invitee);
            return null;
        }, cancellationToken);

    /// <summary>Adds a checklist item (<paramref name="itemId"/> null) or edits one; editing keeps whether it is done.</summary>
    public Task<ConferenceOutcome> SaveChecklistItemAsync(
        Caller caller, int conferenceId, Guid expectedVersion, int? itemId, ChecklistDraft draft, CancellationToken cancellationToken = default) =>
        WriteAsync(caller, conferenceId, expectedVersion, $"checklist item {itemId?.ToString(CultureInfo.InvariantCulture) ?? "new"}", async (db, conference, _) =>
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
        WriteAsync(caller, conferenceId, expectedVersion, $"checklist item {itemId}", async (db, conference, _) =>
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
        WriteAsync(caller, conferenceId, expectedVersion, $"checklist item {itemId}", async (db, conference, _) =>
        {
            var item = await db.ConferenceChecklistItems.SingleOrDefaultAsync(i => i.Id == itemId && i.ConferenceId == conference.Id, cancellationToken);
            if (item is null)
            {
                return new ConferenceOutcome.NotFound();
            }

            db.ConferenceChecklistItems.Remove(item);
            return null;
        }, cancellationToken);

    /// <summary>Adds an agenda item at the end (<paramref name="itemId"/> null) or edits one in place.</summary>
    public Task<ConferenceOutcome> SaveAgendaItemAsync(
        Caller caller, int conferenceId, Guid expectedVersion, int? itemId, AgendaDraft draft, CancellationToken cancellationToken = default) =>
        WriteAsync(caller, conferenceId, expectedVersion, $"agenda item {itemId?.ToString(CultureInfo.InvariantCulture) ?? "new"}", async (db, conference, _) =>
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
        var outcome = await WriteAsync(caller, conferenceId, expectedVersion, $"agenda item {itemId}", async (db, conference, _) =>
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
        var outcome = await WriteAsync(caller, conferenceId, expectedVersion, $"agenda item {itemId} documents", async (db, conference, actor) =>
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
        var outcome = await WriteAsync(caller, conferenceId, expectedVersion, $"agenda document {documentId}", async (db, conference, _) =>
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
        WriteAsync(caller, conferenceId, expectedVersion, $"agenda item {itemId}", async (db, conference, _) =>
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

    public static IReadOnlyList<ConferenceError> Validate(ConferenceDraft draft)
    {
        var errors = new List<ConferenceError>();
        Require(errors, draft.Title, Conference.TitleMaxLength, ConferenceError.TitleRequired, ConferenceError.TitleTooLong);
        if (draft.Date is null)
        {
            errors.Add(ConferenceError.DateRequired);
        }

        Require(errors, draft.Venue, Conference.VenueMaxLength, ConferenceError.VenueRequired, ConferenceError.VenueTooLong);
        Require(errors, draft.Chair, Conference.ChairMaxLength, ConferenceError.ChairRequired, ConferenceError.ChairTooLong);
        if (draft.PeriodStart is null || draft.PeriodEnd is null)
        {
            errors.Add(ConferenceError.PeriodRequired);
        }
        else if (draft.PeriodStart > draft.PeriodEnd)
        {
            errors.Add(ConferenceError.PeriodReversed);
        }

        if (draft.CutoffDate is null)
        {
            errors.Add(ConferenceError.CutoffRequired);
        }
        else if (draft.CutoffDate < draft.PeriodStart)
        {
            errors.Add(ConferenceError.CutoffBeforePeriod);
        }
        else if (draft.Date < draft.CutoffDate)
        {
            errors.Add(ConferenceError.DateBeforeCutoff);
        }

        return errors;
    }

    /// <summary>
    /// The common frame of a write to an existing conference: permission, one transaction, the version check, then
    /// <paramref name="change"/> made for the actor (which returns an outcome to stop with, or null to store), a new version and a notification.
    /// </summary>
    private async Task<ConferenceOutcome> WriteAsync(
        Caller caller,
        int conferenceId,
        Guid expectedVersion,
        string what,
        Func<SteeringDbContext, Conference, Actor, Task<ConferenceOutcome?>> change,
        CancellationToken cancellationToken)
    {
        // Checked before the write transaction begins: a refusal writes its audit entry in a transaction of its own.
        var actor = await guard.AuthorizeAsync(caller, SteeringAction.ManageConference, null, Target($"conference {conferenceId} {what}"), cancellationToken);
        if (actor is null)
        {
            return new ConferenceOutcome.Forbidden();
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var conference = await db.Conferences.SingleOrDefaultAsync(c => c.Id == conferenceId, cancellationToken);
        if (conference is null)
        {
            return new ConferenceOutcome.NotFound();
        }

        if (conference.Version != expectedVersion)
        {
            return new ConferenceOutcome.Conflict();
        }

        if (await change(db, conference, actor) is { } stopped)
        {
            return stopped;
        }

        Stamp(conference, actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ConferenceOutcome.Conflict();
        }

        await transaction.CommitAsync(cancellationToken);
        Publish(conference);
        return new ConferenceOutcome.Saved(conference.Id, conference.Version);
    }

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

    private static void Apply(Conference conference, ConferenceDraft draft)
    {
        conference.Title = Trimmed(draft.Title);
        conference.Date = draft.Date!.Value;
        conference.Venue = Trimmed(draft.Venue);
        conference.Chair = Trimmed(draft.Chair);
        conference.PeriodStart = draft.PeriodStart!.Value;
        conference.PeriodEnd = draft.PeriodEnd!.Value;
        conference.CutoffDate = draft.CutoffDate!.Value;
    }

    private void Stamp(Conference conference, Actor actor)
    {
        conference.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        conference.UpdatedBy = actor.DisplayName;
        conference.Version = Guid.NewGuid();
    }

    private void Publish(Conference conference) =>
        _ = notifier.Publish(new DataChange(ChangeKind.Conference, conference.PlanId, [], conference.UpdatedAtUtc, conference.UpdatedBy));

    private static void Require(List<ConferenceError> errors, string? value, int maxLength, ConferenceError missing, ConferenceError tooLong)
    {
        var text = Trimmed(value);
        if (text.Length == 0)
        {
            errors.Add(missing);
        }
        else if (text.Length > maxLength)
        {
            errors.Add(tooLong);
        }
    }

    private static string Trimmed(string? value) => value?.Trim() ?? "";

    private static string Target(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
