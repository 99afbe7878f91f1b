using SteeringDashboard.Core.Plans;

namespace SteeringDashboard.Core.Conferences;

/// <summary>A conference of the Steering Committee reviewing a period of a plan (e.g. the first-half 2018 review, the plan's task 5).</summary>
public sealed class Conference
{
    public const int TitleMaxLength = 300;
    public const int VenueMaxLength = 300;
    public const int ChairMaxLength = 200;

    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public required string Title { get; set; }
    public DateOnly Date { get; set; }
    public required string Venue { get; set; }
    public required string Chair { get; set; }

    /// <summary>The period the conference reviews.</summary>
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }

    /// <summary>The last date the pack's figures count up to.</summary>
    public DateOnly CutoffDate { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
    public required string UpdatedBy { get; set; }

    // One version per section, so that two people editing different sections do not conflict (see ConferenceService).
    public Guid RecordVersion { get; set; } = Guid.NewGuid();
    public Guid InvitationsVersion { get; set; } = Guid.NewGuid();
    public Guid ChecklistVersion { get; set; } = Guid.NewGuid();
    public Guid AgendaVersion { get; set; } = Guid.NewGuid();

    public Guid VersionOf(ConferenceSection section) => section switch
    {
        ConferenceSection.Record => RecordVersion,
        ConferenceSection.Invitations => InvitationsVersion,
        ConferenceSection.Checklist => ChecklistVersion,
        _ => AgendaVersion,
    };
}

/// <summary>The parts of a conference that are edited, and versioned, independently of each other.</summary>
public enum ConferenceSection
{
    /// <summary>Title, date, venue, chair, the period reviewed and the cut-off date.</summary>
    Record = 1,

    /// <summary>The invited units and people.</summary>
    Invitations,
    Checklist,

    /// <summary>The agenda items, their order and their documents.</summary>
    Agenda,
}
