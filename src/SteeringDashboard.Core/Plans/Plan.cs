namespace SteeringDashboard.Core.Plans;

/// <summary>A plan of the Steering Committee for one year (e.g. Plan 127/KH-BCD of 2018).</summary>
public sealed class Plan
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string Number { get; set; }
    public required string TitleVi { get; set; }
    public required string TitleEn { get; set; }
    public DateOnly IssuedOn { get; set; }

    /// <summary>The Anti-human-trafficking Day the plan implements.</summary>
    public DateOnly DayDate { get; set; }

    /// <summary>A note on the Day's date as the source states it, when the source disagrees.</summary>
    public string? DayDateNoteVi { get; set; }
    public string? DayDateNoteEn { get; set; }

    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }

    /// <summary>
    /// The as-of date of the plan's mid-year review (the state the review report and the conference look at). Screens
    /// open on today and follow changes; this date is one click away as a preset.
    /// </summary>
    public DateOnly ReviewAsOf { get; set; }

    /// <summary>True when the plan's progress, figures and campaigns are generated demo data.</summary>
    public bool HasDemoData { get; set; }

    public List<PlanTask> Tasks { get; set; } = [];
}
