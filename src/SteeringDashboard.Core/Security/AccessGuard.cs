using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Security;

/// <summary>
/// The check every write makes before it changes anything: the caller's account is read from the store now (so a
/// disabled or demoted user is refused from an old circuit), then <see cref="Permissions"/> decides for the record's unit.
/// A refusal is audited.
/// </summary>
public sealed class AccessGuard(IDbContextFactory<SteeringDbContext> factory, AuditLog audit)
{
    /// <summary>The enabled account behind <paramref name="userId"/> with its current role and unit, or null.</summary>
    public async Task<Actor?> FindActorAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var found = await db.Users
            .Where(u => u.Id == userId && !u.IsDisabled)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.DisplayName,
                u.UnitId,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return found is not null && Enum.TryParse<SteeringRole>(found.Role, out var role)
            ? new Actor(found.Id, found.UserName ?? found.Id, found.DisplayName, role, found.UnitId)
            : null;
    }

    /// <summary>
    /// The caller as an actor when they may do <paramref name="action"/> to a record of <paramref name="unitId"/>;
    /// otherwise null, after the refusal is written to the audit log with <paramref name="target"/>.
    /// </summary>
    public async Task<Actor?> AuthorizeAsync(
        Caller caller, SteeringAction action, int? unitId, string target, CancellationToken cancellationToken = default)
    {
        var actor = await FindActorAsync(caller.UserId, cancellationToken);
        if (actor is not null && Permissions.Allows(actor, action, unitId))
        {
            return actor;
        }

        await audit.RecordAsync(
            AuditEvent.AccessDenied,
            caller.UserId,
            actor?.UserName,
            target,
            actor is null ? $"{action}: no enabled account" : $"{action}: role {actor.Role}, unit {actor.UnitId?.ToString(CultureInfo.InvariantCulture) ?? "none"}",
            caller.Address,
            cancellationToken);
        return null;
    }
}
