namespace SteeringDashboard.Core.Conferences;

/// <summary>A text section the secretariat writes around the review report's generated tables, one per key and conference.</summary>
public sealed class ConferenceReportSection
{
    public const int TextMaxLength = 20_000;

    public int Id { get; set; }
    public int ConferenceId { get; set; }
    public Conference? Conference { get; set; }

    /// <summary>One of <see cref="ConferenceReportSectionKeys.All"/>.</summary>
    public required string Key { get; set; }

    public required string Text { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public required string UpdatedBy { get; set; }
    public Guid Version { get; set; }
}

/// <summary>The sections of the review report, in the order they are read.</summary>
public static class ConferenceReportSectionKeys
{
    public const string Introduction = "intro";
    public const string CrimeAssessment = "assessment.crime";
    public const string DrugAssessment = "assessment.drugs";
    public const string TraffickingAssessment = "assessment.trafficking";
    public const string Directions = "directions";

    public static readonly IReadOnlyList<string> All = [Introduction, CrimeAssessment, DrugAssessment, TraffickingAssessment, Directions];

    /// <summary>The assessment section written under a programme's figures.</summary>
    public static string AssessmentOf(Plans.ProgrammeCode programme) => programme switch
    {
        Plans.ProgrammeCode.CrimePrevention => CrimeAssessment,
        Plans.ProgrammeCode.DrugPrevention => DrugAssessment,
        _ => TraffickingAssessment,
    };
}
