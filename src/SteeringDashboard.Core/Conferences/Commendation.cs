using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Conferences;

/// <summary>
/// A nomination for a commendation at a conference: an individual or an organisation of a unit, the form of commendation,
/// and the achievement behind it. It moves Proposed → UnderReview → Approved or Rejected (with a reason); approved ones
/// carry the order in which they are read at the conference.
/// </summary>
public sealed class Commendation
{
    public const int NomineeMaxLength = 200;
    public const int AchievementMaxLength = 4000;
    public const int ReasonMaxLength = 1000;

    /// <summary>The most results a nomination may link to.</summary>
    public const int MaxLinks = 20;

    public int Id { get; set; }
    public int ConferenceId { get; set; }
    public Conference? Conference { get; set; }
    public required string NomineeName { get; set; }
    public NomineeKind NomineeKind { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public CommendationForm Form { get; set; }
    public required string Achievement { get; set; }
    public CommendationState State { get; set; }

    /// <summary>Why the secretariat rejected the nomination (only while it is rejected).</summary>
    public string? RejectionReason { get; set; }

    /// <summary>The place in the list read at the conference, from 1 (only while approved).</summary>
    public int? ReadingOrder { get; set; }

    public DateTime ProposedAtUtc { get; set; }
    public required string ProposedBy { get; set; }

    /// <summary>
    /// The account that proposed the nomination, which may not approve it (separation of duties); null for the demo data's
    /// nominations, which no account proposed.
    /// </summary>
    public string? ProposedByUserId { get; set; }

    /// <summary>Who approved the nomination and when (null until it is approved).</summary>
    public string? ApprovedBy { get; set; }

    public DateTime? ApprovedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public Guid Version { get; set; }

    public List<CommendationLink> Links { get; set; } = [];
    public List<CommendationHistory> History { get; set; } = [];
}

public enum NomineeKind
{
    Individual = 1,
    Organisation = 2,
}

/// <summary>The forms of commendation a conference of Steering Committee 138/TP proposes or awards.</summary>
public enum CommendationForm
{
    /// <summary>Bằng khen của UBND Thành phố.</summary>
    CityPeoplesCommitteeCertificateOfMerit = 1,

    /// <summary>Giấy khen của Ban Chỉ đạo 138/TP.</summary>
    SteeringCommitteeCertificateOfMerit = 2,

    /// <summary>Giấy khen của Giám đốc Công an Thành phố.</summary>
    PoliceDirectorCertificateOfMerit = 3,
}

public enum CommendationState
{
    Proposed = 1,
    UnderReview = 2,
    Approved = 3,
    Rejected = 4,
}

/// <summary>A result a nomination rests on: exactly one of a completed assignment, an indicator's figures or a campaign.</summary>
public sealed class CommendationLink
{
    public long Id { get; set; }
    public int CommendationId { get; set; }
    public int? AssignmentId { get; set; }
    public Assignment? Assignment { get; set; }
    public int? IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public int? CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
}

/// <summary>One step of a nomination: its proposal (no <see cref="From"/>) or a transition, by whom, when and why.</summary>
public sealed class CommendationHistory
{
    public long Id { get; set; }
    public int CommendationId { get; set; }
    public DateTime ChangedAtUtc { get; set; }
    public required string ChangedBy { get; set; }
    public CommendationState? From { get; set; }
    public CommendationState To { get; set; }

    /// <summary>The rejection's reason (null otherwise).</summary>
    public string? Reason { get; set; }
}
