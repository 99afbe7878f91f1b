namespace SteeringDashboard.Core.Conferences;

/// <summary>What a nomination's link points to.</summary>
public enum ResultKind
{
    /// <summary>A completed assignment of the nominee's unit in the conference's plan.</summary>
    Assignment = 1,

    /// <summary>An indicator whose figures the achievement cites.</summary>
    Indicator = 2,

    /// <summary>A campaign of the conference's plan.</summary>
    Campaign = 3,
}

/// <summary>A result a nomination rests on, by kind and id.</summary>
public sealed record ResultRef(ResultKind Kind, int Id);

/// <summary>A new nomination as the proposer typed it.</summary>
public sealed record CommendationProposal(
    int ConferenceId,
    string? NomineeName,
    NomineeKind NomineeKind,
    int UnitId,
    CommendationForm Form,
    string? Achievement,
    IReadOnlyList<ResultRef> Links);

/// <summary>A rule a nomination or one of its steps broke.</summary>
public enum CommendationError
{
    NomineeRequired = 1,
    NomineeTooLong,
    NomineeKindUnknown,
    FormUnknown,
    AchievementRequired,
    AchievementTooLong,
    TooManyLinks,

    /// <summary>A link names no result of the conference's plan (or an assignment of another unit).</summary>
    LinkNotFound,

    /// <summary>A linked assignment is not completed.</summary>
    AssignmentNotCompleted,

    LinkRepeated,
    ReasonRequired,
    ReasonTooLong,

    /// <summary>The step is not allowed from the nomination's current state (e.g. approving a proposal not yet under review).</summary>
    TransitionNotAllowed,

    /// <summary>Only approved nominations have a reading order.</summary>
    NotApproved,

    /// <summary>The account that proposed a nomination may not approve it (separation of duties).</summary>
    ProposerMayNotApprove,

    /// <summary>The nomination is already first (moving up) or last (moving down) in the reading order.</summary>
    CannotMoveFurther,
}

/// <summary>A linked result with its name in both languages.</summary>
public sealed record LinkedResult(ResultKind Kind, int Id, string NameVi, string NameEn);

/// <summary>A nomination as the commendations screen shows it.</summary>
public sealed record CommendationRow(
    int Id,
    string NomineeName,
    NomineeKind NomineeKind,
    int UnitId,
    string UnitNameVi,
    string UnitNameEn,
    CommendationForm Form,
    string Achievement,
    CommendationState State,
    string? RejectionReason,
    int? ReadingOrder,
    DateTime ProposedAtUtc,
    string ProposedBy,
    string? ApprovedBy,
    DateTime? ApprovedAtUtc,
    Guid Version,
    IReadOnlyList<LinkedResult> Links);

/// <summary>The conference a commendation list belongs to, and its nominations (approved ones in reading order first, then by proposal).</summary>
public sealed record CommendationList(int ConferenceId, int PlanId, string ConferenceTitle, DateOnly ConferenceDate, IReadOnlyList<CommendationRow> Rows)
{
    /// <summary>The approved nominations in the order they are read at the conference.</summary>
    public IReadOnlyList<CommendationRow> ReadingList => Rows.Where(r => r.State == CommendationState.Approved).OrderBy(r => r.ReadingOrder).ToList();
}

/// <summary>One step of a nomination's history, oldest first.</summary>
public sealed record CommendationEvent(DateTime ChangedAtUtc, string ChangedBy, CommendationState? From, CommendationState To, string? Reason);

/// <summary>A unit a nomination may be for.</summary>
public sealed record UnitChoice(int Id, string NameVi, string NameEn);

/// <summary>The results a nomination for a unit may link to.</summary>
public sealed record CommendationLinkOptions(IReadOnlyList<LinkedResult> Assignments, IReadOnlyList<LinkedResult> Indicators, IReadOnlyList<LinkedResult> Campaigns);

/// <summary>How a proposal or a step of a nomination ended.</summary>
public abstract record CommendationOutcome
{
    private CommendationOutcome()
    {
    }

    /// <summary>Stored; <paramref name="CommendationId"/> is the nomination changed (or created).</summary>
    public sealed record Saved(int CommendationId, CommendationState State, Guid Version) : CommendationOutcome;

    /// <summary>Nothing was stored; each error names a rule broken.</summary>
    public sealed record Invalid(IReadOnlyList<CommendationError> Errors) : CommendationOutcome;

    /// <summary>The nomination changed since the caller loaded it: nothing was stored.</summary>
    public sealed record Conflict(CommendationState Current) : CommendationOutcome;

    /// <summary>No such conference, unit or nomination.</summary>
    public sealed record NotFound : CommendationOutcome;

    /// <summary>The caller may not do this (or the account is disabled): nothing was stored, and the refusal is audited.</summary>
    public sealed record Forbidden : CommendationOutcome;
}

/// <summary>The steps a nomination may take, and from where.</summary>
public static class CommendationTransitions
{
    public static bool IsAllowed(CommendationState from, CommendationState to) => (from, to) switch
    {
        (CommendationState.Proposed, CommendationState.UnderReview) => true,
        (CommendationState.UnderReview, CommendationState.Approved) => true,
        (CommendationState.UnderReview, CommendationState.Rejected) => true,
        _ => false,
    };
}
