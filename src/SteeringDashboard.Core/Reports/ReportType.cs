using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Reports;

/// <summary>A report the plan asks units for (e.g. the Day's results report): the period it covers, its cut-off and due dates, and its figures.</summary>
public sealed class ReportType
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }

    /// <summary>Short code, unique within the plan (e.g. "DAY-RESULTS", "M2018-03").</summary>
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }

    /// <summary>The last date the figures count up to (on or after the period's end).</summary>
    public DateOnly CutoffDate { get; set; }

    /// <summary>A report received after this Ha Noi date ends is late.</summary>
    public DateOnly DueDate { get; set; }
    public int SortOrder { get; set; }

    public List<ReportTypeIndicator> Indicators { get; set; } = [];
    public List<ExpectedReport> ExpectedReports { get; set; } = [];
}

/// <summary>An indicator whose figure the report carries.</summary>
public sealed class ReportTypeIndicator
{
    public int ReportTypeId { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
}

/// <summary>A unit that owes a report type.</summary>
public sealed class ExpectedReport
{
    public int ReportTypeId { get; set; }
    public ReportType? ReportType { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
}
