using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Conferences;

/// <summary>
/// Every write of the conference workspace, one file per section: the record (here), the invitations, the checklist and
/// the agenda. Each write checks <see cref="SteeringAction.ManageConference"/>, runs in one transaction, and takes the
/// version of its section as the editor saw it; a stored change gives that section a new version, so that a second editor
/// working on the same section from an older screen gets a conflict instead of overwriting, while edits of different
/// sections do not stand in each other's way. Agenda documents are kept in the <see cref="FileStore"/>: a file is kept
/// only when its row is committed, and a removed row's file is deleted once the removal is committed.
/// </summary>
public sealed partial class ConferenceService(
    IDbContextFactory<SteeringDbContext> factory, ChangeNotifier notifier, AccessGuard guard, FileStore store, TimeProvider clock)
{
    /// <summary>
    /// Creates the conference with every section at one first version, the one returned, so that its creator may write any
    /// section next without reloading.
    /// </summary>
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

        var version = Guid.NewGuid();
        var conference = new Conference
        {
            PlanId = planId,
            Title = "",
            Venue = "",
            Chair = "",
            UpdatedAtUtc = clock.GetUtcNow().UtcDateTime,
            UpdatedBy = actor.DisplayName,
            RecordVersion = version,
            InvitationsVersion = version,
            ChecklistVersion = version,
            AgendaVersion = version,
        };
        Apply(conference, draft);
        db.Conferences.Add(conference);
        await db.SaveChangesAsync(cancellationToken);
        Publish(conference.PlanId, conference.UpdatedAtUtc, conference.UpdatedBy);
        return new ConferenceOutcome.Saved(conference.Id, version);
    }

    public Task<ConferenceOutcome> UpdateAsync(
        Caller caller, int conferenceId, Guid expectedVersion, ConferenceDraft draft, CancellationToken cancellationToken = default) =>
        WriteAsync(caller, conferenceId, ConferenceSection.Record, expectedVersion, "record", (_, conference, _) =>
        {
            var errors = Validate(draft);
            if (errors.Count == 0)
            {
                Apply(conference, draft);
            }

            return Task.FromResult<ConferenceOutcome?>(errors.Count > 0 ? new ConferenceOutcome.Invalid(errors) : null);
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
    /// The common frame of a write to an existing conference: permission, one transaction, the check of
    /// <paramref name="section"/>'s version, then <paramref name="change"/> made for the actor (which returns an outcome to
    /// stop with, or null to store), the section's new version and a notification.
    /// </summary>
    private async Task<ConferenceOutcome> WriteAsync(
        Caller caller,
        int conferenceId,
        ConferenceSection section,
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

        // Checked before the change too, so that a stale write does no work (and reads no uploaded file).
        if (conference.VersionOf(section) != expectedVersion)
        {
            return new ConferenceOutcome.Conflict();
        }

        if (await change(db, conference, actor) is { } stopped)
        {
            return stopped;
        }

        // The section moves to its new version only from the one the editor saw: a write of the same section committed since
        // the read above matches no row here. Only this section's version is compared, so other sections' writes pass.
        var column = VersionColumn(section);
        var version = Guid.NewGuid();
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.Conferences
            .Where(c => c.Id == conferenceId && EF.Property<Guid>(c, column) == expectedVersion)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(c => EF.Property<Guid>(c, column), version)
                    .SetProperty(c => c.UpdatedAtUtc, now)
                    .SetProperty(c => c.UpdatedBy, actor.DisplayName),
                cancellationToken);
        if (claimed == 0)
        {
            return new ConferenceOutcome.Conflict();
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Publish(conference.PlanId, now, actor.DisplayName);
        return new ConferenceOutcome.Saved(conference.Id, version);
    }

    private static string VersionColumn(ConferenceSection section) => section switch
    {
        ConferenceSection.Record => nameof(Conference.RecordVersion),
        ConferenceSection.Invitations => nameof(Conference.InvitationsVersion),
        ConferenceSection.Checklist => nameof(Conference.ChecklistVersion),
        _ => nameof(Conference.AgendaVersion),
    };

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

    private void Publish(int planId, DateTime atUtc, string by) =>
        _ = notifier.Publish(new DataChange(ChangeKind.Conference, planId, [], atUtc, by));

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
