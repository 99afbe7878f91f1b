namespace SteeringDashboard.Core.Security;

/// <summary>
/// The one table of who may do what. The services that write check it for the specific record (with the caller's
/// role and unit read from the store at that moment); the UI reads it only to hide what would be refused.
/// </summary>
public static class Permissions
{
    private static readonly Dictionary<(SteeringRole, SteeringAction), PermissionScope> Table = new()
    {
        [(SteeringRole.CommitteeMember, SteeringAction.ReadEvidence)] = PermissionScope.Any,
        [(SteeringRole.CommitteeMember, SteeringAction.SeeExactVictimFigures)] = PermissionScope.Any,

        [(SteeringRole.Secretariat, SteeringAction.ReadEvidence)] = PermissionScope.Any,

        [(SteeringRole.StandingAgency, SteeringAction.UpdateAssignment)] = PermissionScope.Any,
        [(SteeringRole.StandingAgency, SteeringAction.BulkUpdateAssignments)] = PermissionScope.Any,
        [(SteeringRole.StandingAgency, SteeringAction.RecordCampaignResults)] = PermissionScope.Any,
        [(SteeringRole.StandingAgency, SteeringAction.ReadEvidence)] = PermissionScope.Any,
        [(SteeringRole.StandingAgency, SteeringAction.SeeExactVictimFigures)] = PermissionScope.Any,

        [(SteeringRole.UnitReporter, SteeringAction.UpdateAssignment)] = PermissionScope.OwnUnit,
        [(SteeringRole.UnitReporter, SteeringAction.RecordCampaignResults)] = PermissionScope.OwnUnit,
        [(SteeringRole.UnitReporter, SteeringAction.ReadEvidence)] = PermissionScope.OwnUnit,
        [(SteeringRole.UnitReporter, SteeringAction.SeeExactVictimFigures)] = PermissionScope.OwnUnit,

        [(SteeringRole.Administrator, SteeringAction.ManageUsers)] = PermissionScope.Any,
        [(SteeringRole.Administrator, SteeringAction.ReadAuditLog)] = PermissionScope.Any,

        [(SteeringRole.StandingAgency, SteeringAction.RecordFigures)] = PermissionScope.Any,
        [(SteeringRole.UnitReporter, SteeringAction.RecordFigures)] = PermissionScope.OwnUnit,

        [(SteeringRole.UnitReporter, SteeringAction.SubmitReport)] = PermissionScope.OwnUnit,
        [(SteeringRole.StandingAgency, SteeringAction.SubmitReport)] = PermissionScope.Any,
        [(SteeringRole.StandingAgency, SteeringAction.ReturnReport)] = PermissionScope.Any,

        [(SteeringRole.StandingAgency, SteeringAction.ChaseReports)] = PermissionScope.Any,
        [(SteeringRole.Secretariat, SteeringAction.ChaseReports)] = PermissionScope.Any,

        [(SteeringRole.Secretariat, SteeringAction.ManageConference)] = PermissionScope.Any,
        [(SteeringRole.Secretariat, SteeringAction.ProposeCommendation)] = PermissionScope.Any,
        [(SteeringRole.StandingAgency, SteeringAction.ProposeCommendation)] = PermissionScope.Any,
        [(SteeringRole.UnitReporter, SteeringAction.ProposeCommendation)] = PermissionScope.OwnUnit,
        [(SteeringRole.Secretariat, SteeringAction.DecideCommendation)] = PermissionScope.Any,

        // The secretariat prepares and hands out the committee's pack, so it opens that pack as its readers do (see README, roles).
        [(SteeringRole.CommitteeMember, SteeringAction.ReadCommitteePack)] = PermissionScope.Any,
        [(SteeringRole.StandingAgency, SteeringAction.ReadCommitteePack)] = PermissionScope.Any,
        [(SteeringRole.Secretariat, SteeringAction.ReadCommitteePack)] = PermissionScope.Any,
    };

    public static PermissionScope ScopeOf(SteeringRole role, SteeringAction action) =>
        Table.GetValueOrDefault((role, action), PermissionScope.None);

    /// <summary>Whether <paramref name="actor"/> may do <paramref name="action"/> to a record of <paramref name="unitId"/> (null: a record of no unit).</summary>
    public static bool Allows(Actor actor, SteeringAction action, int? unitId = null) => ScopeOf(actor.Role, action) switch
    {
        PermissionScope.Any => true,
        PermissionScope.OwnUnit => unitId is not null && actor.UnitId == unitId,
        _ => false,
    };

    /// <summary>Whether the role may do the action to at least some records (to show or hide a screen's controls).</summary>
    public static bool AllowsSome(SteeringRole role, SteeringAction action) => ScopeOf(role, action) != PermissionScope.None;

    /// <summary>The roles that may do the action to at least some records.</summary>
    public static IReadOnlyList<SteeringRole> RolesAllowedSome(SteeringAction action) =>
        Enum.GetValues<SteeringRole>().Where(r => AllowsSome(r, action)).ToList();
}
