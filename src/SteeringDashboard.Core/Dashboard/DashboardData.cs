using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Dashboard;

/// <summary>Assignments counted by deadline status at the as-of date, with their mean progress.</summary>
public abstract class StatusCounts
{
    public int Assignments { get; init; }
    public int CompletedOnTime { get; init; }
    public int CompletedLate { get; init; }
    public int InProgressWithinDeadline { get; init; }
    public int Overdue { get; init; }

    /// <summary>Mean of the progress % of the assignments as of the date; null when there are none.</summary>
    public double? AverageProgress { get; init; }

    public int Completed => CompletedOnTime + CompletedLate;
}

/// <summary>One unit's assignments counted by deadline status at the as-of date.</summary>
public sealed class UnitProgress : StatusCounts
{
    public int UnitId { get; init; }
    public required string Code { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    public UnitKind Kind { get; init; }
}

/// <summary>The city-wide state at one date of the period.</summary>
public sealed class TrendPoint
{
    public DateOnly Date { get; init; }
    public int Assignments { get; init; }
    public int Completed { get; init; }
    public int Overdue { get; init; }
    public double? AverageProgress { get; init; }
}

/// <summary>
/// A headline indicator's total over the months ended by the as-of date, for the units of the filter, and the same total over
/// the same months of the previous year (null when no unit of the filter has a figure for them).
/// </summary>
public sealed record IndicatorTotal(
    int IndicatorId, string Code, string NameVi, string NameEn, bool IsSensitive, FigureSum Value, FigureSum? PreviousValue);

/// <summary>The months whose figures count: every month of the plan's year ended by the as-of date.</summary>
public sealed record FigurePeriod(int Year, int FromMonth, int ToMonth)
{
    public bool IsEmpty => ToMonth < FromMonth;

    /// <summary>The year whose same months the figures are compared with.</summary>
    public int PreviousYear => Year - 1;

    public static FigurePeriod For(PlanSummary plan, DateOnly asOf)
    {
        var lastEndedMonth = asOf.AddDays(1).Day == 1 ? asOf.Month : asOf.Month - 1;
        var toMonth = asOf.Year > plan.PeriodStart.Year ? 12 : asOf.Year < plan.PeriodStart.Year ? 0 : lastEndedMonth;
        return new FigurePeriod(plan.PeriodStart.Year, plan.PeriodStart.Month, toMonth);
    }
}

/// <summary>Headline totals over every unit in the filter.</summary>
public sealed record DashboardKpis(
    int Assignments,
    int Completed,
    int CompletedOnTime,
    int CompletedLate,
    int InProgressWithinDeadline,
    int Overdue,
    double? AverageProgress)
{
    /// <summary>Completed on time ÷ completed; null before anything is completed.</summary>
    public double? OnTimeRate => Completed == 0 ? null : (double)CompletedOnTime / Completed;

    public static DashboardKpis From(IReadOnlyCollection<UnitProgress> units)
    {
        var assignments = units.Sum(u => u.Assignments);
        var progressSum = units.Sum(u => (u.AverageProgress ?? 0) * u.Assignments);
        return new DashboardKpis(
            assignments,
            units.Sum(u => u.Completed),
            units.Sum(u => u.CompletedOnTime),
            units.Sum(u => u.CompletedLate),
            units.Sum(u => u.InProgressWithinDeadline),
            units.Sum(u => u.Overdue),
            assignments == 0 ? null : progressSum / assignments);
    }
}

public sealed record DashboardData(
    PlanSummary Plan,
    PlanFilter Filter,
    DashboardKpis Kpis,
    IReadOnlyList<UnitProgress> Units,
    IReadOnlyList<TrendPoint> Trend,
    FigurePeriod Figures,
    IReadOnlyList<IndicatorTotal> Headlines);
