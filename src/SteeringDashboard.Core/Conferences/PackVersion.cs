namespace SteeringDashboard.Core.Conferences;

/// <summary>
/// A frozen conference pack: the review report as compiled at the moment of freezing (every figure, table and text section),
/// stored as JSON so that later changes of the live data or the texts never change it. Versions are numbered 1..n per conference.
/// </summary>
public sealed class PackVersion
{
    public int Id { get; set; }
    public int ConferenceId { get; set; }
    public Conference? Conference { get; set; }
    public int Number { get; set; }
    public DateTime FrozenAtUtc { get; set; }
    public required string FrozenBy { get; set; }

    /// <summary>The conference's cut-off date when the pack was frozen: the date its figures count up to.</summary>
    public DateOnly CutoffDate { get; set; }

    /// <summary>Who the version is for; its figures are disclosed for them (<see cref="FiguresJson"/>).</summary>
    public PackAudience Audience { get; set; }

    /// <summary>
    /// The compiled <see cref="ConferenceReportContent"/>, serialized by <see cref="ConferenceReportContent.ToJson"/>: since versions have an audience,
    /// <see cref="ConferenceReportContent.WithoutFigureSums"/>.
    /// </summary>
    public required string ContentJson { get; set; }

    /// <summary>
    /// The report's figures disclosed for <see cref="Audience"/> when it was frozen (<see cref="ConferenceReportFigures"/>); null for versions
    /// frozen before versions had an audience, whose figures are disclosed from <see cref="ContentJson"/> for the public.
    /// </summary>
    public string? FiguresJson { get; set; }

    /// <summary>
    /// The rest of what the pack prints, as it stood when frozen: the conference record with its agenda and the approved
    /// commendations in reading order (<see cref="PackPapers"/>); null for versions frozen before the pack kept them.
    /// </summary>
    public string? PapersJson { get; set; }
}
