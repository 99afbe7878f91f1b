using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Conferences;

// The invitations section: the invited units and the people invited by name.
public sealed partial class ConferenceService
{
    /// <summary>Replaces the invited units with <paramref name="unitIds"/>.</summary>
    public Task<ConferenceOutcome> SetInvitedUnitsAsync(
        Caller caller, int conferenceId, Guid expectedVersion, IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken = default) =>
        WriteAsync(caller, conferenceId, ConferenceSection.Invitations, expectedVersion, "invited units", async (db, conference, _) =>
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
        WriteAsync(caller, conferenceId, ConferenceSection.Invitations, expectedVersion, "invitee", (db, conference, _) =>
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
        WriteAsync(caller, conferenceId, ConferenceSection.Invitations, expectedVersion, $"invitee {inviteeId}", async (db, conference, _) =>
        {
            var invitee = await db.ConferenceInvitees.SingleOrDefaultAsync(i => i.Id == inviteeId && i.ConferenceId == conference.Id, cancellationToken);
            if (invitee is null)
            {
                return new ConferenceOutcome.NotFound();
            }

            db.ConferenceInvitees.Remove(invitee);
            return null;
        }, cancellationToken);
}
