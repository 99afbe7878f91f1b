namespace SteeringDashboard.Core.Security;

/// <summary>Everything a service does on a person's behalf that not every role may do. <see cref="Permissions"/> says who may.</summary>
public enum SteeringAction
{
    /// <summary>Change one assignment's status, progress, note or evidence.</summary>
    UpdateAssignment = 1,

    /// <summary>Apply one change to one task's assignments in several units at once.</summary>
    BulkUpdateAssignments = 2,

    /// <summary>Record a unit's campaign results.</summary>
    RecordCampaignResults = 3,

    /// <summary>Download an evidence file attached to an assignment.</summary>
    ReadEvidence = 4,

    /// <summary>Create users, disable or enable them, reset passwords, assign roles and units.</summary>
    ManageUsers = 5,

    /// <summary>Read the audit log.</summary>
    ReadAuditLog = 6,

    /// <summary>See victim figures below the disclosure threshold as exact numbers.</summary>
    SeeExactVictimFigures = 7,

    /// <summary>Enter or import a unit's monthly indicator figures.</summary>
    RecordFigures = 8,

    /// <summary>Submit or correct a unit's report.</summary>
    SubmitReport = 9,

    /// <summary>Return a unit's report for correction.</summary>
    ReturnReport = 10,

    /// <summary>Open the list of units yet to report, with their reporters' contacts, and export or print it as a reminder.</summary>
    ChaseReports = 11,

    /// <summary>Prepare a conference: its record, invitations, checklist, agenda, review report text and frozen packs.</summary>
    ManageConference = 12,

    /// <summary>Propose a commendation of an individual or an organisation of a unit.</summary>
    ProposeCommendation = 13,

    /// <summary>Review, approve or reject a proposed commendation, and order the approved list.</summary>
    DecideCommendation = 14,

    /// <summary>
    /// Open a frozen pack version made for the committee, which holds victim figures exactly; with <see cref="ManageConference"/>,
    /// freeze one. It reaches no other screen: a role without <see cref="SeeExactVictimFigures"/> still sees small figures hidden
    /// everywhere else.
    /// </summary>
    ReadCommitteePack = 15,
}

/// <summary>How far a role's permission for an action reaches.</summary>
public enum PermissionScope
{
    None = 0,

    /// <summary>Only records of the unit the account is bound to.</summary>
    OwnUnit = 1,

    /// <summary>Every record.</summary>
    Any = 2,
}
