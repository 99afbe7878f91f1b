using System.Text.Json;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Conferences;

/// <summary>Assignments counted by review status as the dashboard counts them, with their mean progress.</summary>
public sealed record DeadlineStatusCounts(int Assignments, int CompletedOnTime, int CompletedLate, int InProgressWithinDeadline, int Overdue, double? AverageProgress)
{
    public int Completed => CompletedOnTime + CompletedLate;

    internal static DeadlineStatusCounts Of(DashboardKpis kpis) =>
        new(kpis.Assignments, kpis.CompletedOnTime, kpis.CompletedLate, kpis.InProgressWithinDeadline, kpis.Overdue, kpis.AverageProgress);

    internal static DeadlineStatusCounts Of(StatusCounts counts) =>
        new(counts.Assignments, counts.CompletedOnTime, counts.CompletedLate, counts.InProgressWithinDeadline, counts.Overdue, counts.AverageProgress);
}

/// <summary>A headline indicator's city-wide total over the review's months, with the same months of the previous year (null: no figure then).</summary>
public sealed record ConferenceReportFigure(string Code, string NameVi, string NameEn, bool IsSensitive, FigureSum Value, FigureSum? PreviousValue);

/// <summary>A programme's part of the review: its assignments' statuses and its headline figures.</summary>
public sealed record ConferenceReportProgramme(ProgrammeCode Code, string NameVi, string NameEn, DeadlineStatusCounts Counts, IReadOnlyList<ConferenceReportFigure> Figures);

/// <summary>A headline indicator as a column of the unit tables.</summary>
public sealed record ConferenceReportIndicator(string Code, string NameVi, string NameEn, bool IsSensitive);

/// <summary>A row of the district or agency table: the unit's assignments by status and its headline figures (by indicator code; absent: nothing reported).</summary>
public sealed record ConferenceReportUnit(int UnitId, string Code, string NameVi, string NameEn, UnitKind Kind, DeadlineStatusCounts Counts, IReadOnlyDictionary<string, FigureSum> Figures);

/// <summary>A task of the plan with its assignments counted by review status.</summary>
public sealed record ConferenceReportTask(int TaskNumber, string TextVi, string TextEn, ProgrammeCode Programme, DeadlineStatusCounts Counts);

/// <summary>A report a unit had not sent as of the cut-off: missing, or returned for correction and not resubmitted.</summary>
public sealed record ConferenceReportMissingReport(string ReportCode, string ReportNameVi, string ReportNameEn, DateOnly DueDate, int UnitId, string UnitNameVi, string UnitNameEn, ReportCellState State);

/// <summary>
/// The first-half review report as compiled from the data as of <see cref="CutoffDate"/>, with the secretariat's text sections:
/// everything the screen shows. The figures are as read, with the units of their small figures, so that every reader of the
/// live report gets them disclosed by <see cref="FigureDisclosure"/>; a frozen version stores the report
/// <see cref="WithoutFigureSums"/>, beside its figures disclosed for its audience (<see cref="ConferenceReportFigures"/>).
/// </summary>
public sealed record ConferenceReportContent(
    int ConferenceId,
    int PlanId,
    string PlanNumber,
    bool HasDemoData,
    DateOnly CutoffDate,
    FigurePeriod Figures,
    IReadOnlyList<ConferenceReportProgramme> Programmes,
    IReadOnlyList<ConferenceReportIndicator> UnitIndicators,
    IReadOnlyList<ConferenceReportUnit> Districts,
    IReadOnlyList<ConferenceReportUnit> Agencies,
    IReadOnlyList<ConferenceReportTask> Tasks,
    IReadOnlyList<ConferenceReportMissingReport> MissingReports,
    IReadOnlyDictionary<string, string> Sections)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static ConferenceReportContent FromJson(string json) =>
        JsonSerializer.Deserialize<ConferenceReportContent>(json, JsonOptions) ?? throw new JsonException("A frozen pack holds no content.");

    /// <summary>
    /// The report with every figure as read replaced by <see cref="FigureSum.None"/> (which figures exist is kept): what a frozen
    /// version stores, so that it holds no figure beyond those disclosed for its audience.
    /// </summary>
    public ConferenceReportContent WithoutFigureSums() => this with
    {
        Programmes = [.. Programmes.Select(p => p with
        {
            Figures = [.. p.Figures.Select(f => f with { Value = FigureSum.None, PreviousValue = f.PreviousValue is null ? null : FigureSum.None })],
        })],
        Districts = [.. Districts.Select(WithoutFigureSums)],
        Agencies = [.. Agencies.Select(WithoutFigureSums)],
    };

    private static ConferenceReportUnit WithoutFigureSums(ConferenceReportUnit unit) =>
        unit with { Figures = unit.Figures.ToDictionary(f => f.Key, _ => FigureSum.None) };

    /// <summary>The text of a section; empty when nobody has written it.</summary>
    public string Section(string key) => Sections.GetValueOrDefault(key, string.Empty);
}
