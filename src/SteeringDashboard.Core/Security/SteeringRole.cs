namespace SteeringDashboard.Core.Security;

/// <summary>What a person does for the committee; each account has exactly one role.</summary>
public enum SteeringRole
{
    /// <summary>Reads everything; changes nothing.</summary>
    CommitteeMember = 1,

    /// <summary>Reads everything; manages the conference workspace, reports and commendations.</summary>
    Secretariat = 2,

    /// <summary>The police standing agency: reads everything; updates any assignment, campaign results and schedules.</summary>
    StandingAgency = 3,

    /// <summary>Bound to one unit: reads the city-wide dashboard; updates only its own unit's work.</summary>
    UnitReporter = 4,

    /// <summary>Users, roles, unit bindings, plans and reference data.</summary>
    Administrator = 5,
}
