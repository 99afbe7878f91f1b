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
    public Guid Version { get; set; }
}
