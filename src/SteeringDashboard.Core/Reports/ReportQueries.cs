using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Reports;

/// <summary>A unit's report of one type as it stands now.</summary>
public enum UnitReportStatus
{
    NotSubmitted = 1,
    SubmittedOnTime = 2,
    SubmittedLate = 3,

    /// <summary>Returned for correction; the unit owes a resubmission.</summary>
    Returned = 4,
}

/// <summary>A report type of a plan: what it covers, when it is due and how many units owe it.</summary>
public sealed record ReportTypeSummary(
    int Id, int PlanId, string Code, string NameVi, string NameEn, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly CutoffDate, DateOnly DueDate, int OwedBy);

/// <summary>A report a unit owes, with its report's status now (and the reason when it was returned).</summary>
public sealed record OwedReport(ReportTypeSummary Type, UnitReportStatus Status, DateTime? ReceivedAtUtc, string? ReturnReason);

/// <summary>
/// The reports screen: the plan's report types, the units that owe each (to open any unit's report) and, for a unit,
/// the reports it owes with their status.
/// </summary>
/// <param name="Unit">The unit asked about (null when none was, or it does not exist).</param>
public sealed record ReportList(
    IReadOnlyList<ReportTypeSummary> Types,
    IReadOnlyDictionary<int, IReadOnlyList<UnitName>> OwedByType,
    UnitName? Unit,
    IReadOnlyList<OwedReport> OwnReports);

/// <summary>An indicator a report type carries, in the plan's order.</summary>
public sealed record ReportIndicator(int Id, string Code, string NameVi, string NameEn, bool IsSensitive);

/// <summary>
/// A unit's report of one type: the type, the unit, whether the unit owes it, the indicators the report asks this unit for
/// (those of the type that apply to the unit's kind), the report now and its history, and the unit's monthly figures over
/// the report's months per indicator (what a report's figure adds up, for disclosing it, and where the form starts from).
/// </summary>
public sealed record ReportDetail(
    ReportTypeSummary Type,
    UnitName Unit,
    bool IsOwed,
    IReadOnlyList<ReportIndicator> Indicators,
    UnitReportSnapshot? Report,
    IReadOnlyList<UnitReportEvent> History,
    IReadOnlyDictionary<int, FigureSum> MonthlyFigures,
    int Threshold)
{
    /// <summary>
    /// A figure of this report (now or in its history) as what it stands for: the unit's figures of the report's months
    /// added up. It hides like them, and like itself when it is small, so that with the unit's months shown elsewhere it
    /// cannot give a hidden month away.
    /// </summary>
    public FigureSum FigureOf(int indicatorId, long value)
    {
        var months = Math.Max(1, (Type.PeriodEnd.Year * 12) + Type.PeriodEnd.Month - (Type.PeriodStart.Year * 12) - Type.PeriodStart.Month + 1);
        var monthly = MonthlyFigures.GetValueOrDefault(indicatorId, FigureSum.None);
        return FigureSum.Of(Unit.Id, value, Threshold).Reported(monthly, months);
    }
}

/// <summary>What the reports screens read, in a fixed number of queries whatever the number of units and report types.</summary>
public sealed class ReportQueries(IDbContextFactory<SteeringDbContext> factory, ReportSubmissionService reports, IOptions<PrivacyOptions> privacy)
{
    private static readonly DialectSql MonthlySql = new(dialect => $"""
        SELECT v.IndicatorId, {FigureDisclosure.SumColumnsSql(dialect, "v.Value", "v.UnitId")}
        FROM IndicatorValues v
        WHERE v.UnitId = @unitId AND (v.Year * 100) + v.Month BETWEEN @from AND @to
        GROUP BY v.IndicatorId
        """);

    /// <summary>The plan's report types; with <paramref name="unitId"/>, also the reports that unit owes and their status.</summary>
    public async Task<ReportList> ListAsync(int planId, int? unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var types = await Summaries(db.ReportTypes.Where(t => t.PlanId == planId))
            .ToListAsync(cancellationToken);
        var owed = await db.ExpectedReports.Where(e => e.ReportType!.PlanId == planId)
            .Select(e => new { e.ReportTypeId, Unit = new UnitName(e.Unit!.Id, e.Unit.Code, e.Unit.NameVi, e.Unit.NameEn, e.Unit.Kind, e.Unit.IsDemo) })
            .ToListAsync(cancellationToken);
        var owedByType = types.ToDictionary(
            t => t.Id,
            t => (IReadOnlyList<UnitName>)owed.Where(o => o.ReportTypeId == t.Id).Select(o => o.Unit).OrderBy(u => u.Kind).ThenBy(u => u.Code, StringComparer.Ordinal).ToList());
        if (unitId is not { } unit)
        {
            return new ReportList(types, owedByType, null, []);
        }

        var name = await db.Units.Where(u => u.Id == unit)
            .Select(u => new UnitName(u.Id, u.Code, u.NameVi, u.NameEn, u.Kind, u.IsDemo))
            .SingleOrDefaultAsync(cancellationToken);

        var filed = await db.UnitReports.Where(r => r.UnitId == unit && r.ReportType!.PlanId == planId)
            .Select(r => new { r.ReportTypeId, r.State, r.SubmittedAtUtc, r.ReturnReason })
            .ToListAsync(cancellationToken);
        var own = types.Where(t => owedByType[t.Id].Any(u => u.Id == unit))
            .Select(t => filed.SingleOrDefault(r => r.ReportTypeId == t.Id) is { } r
                ? new OwedReport(t, StatusOf(r.State, ReportDeadline.IsLate(r.SubmittedAtUtc, t.DueDate)), r.SubmittedAtUtc, r.ReturnReason)
                : new OwedReport(t, UnitReportStatus.NotSubmitted, null, null))
            .ToList();
        return new ReportList(types, owedByType, name, own);
    }

    /// <summary>The unit's report of the type with its history, or null when the report type or the unit does not exist.</summary>
    public async Task<ReportDetail?> LoadAsync(int reportTypeId, int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var type = await Summaries(db.ReportTypes.Where(t => t.Id == reportTypeId)).SingleOrDefaultAsync(cancellationToken);
        var unit = await db.Units.Where(u => u.Id == unitId)
            .Select(u => new { Name = new UnitName(u.Id, u.Code, u.NameVi, u.NameEn, u.Kind, u.IsDemo), Owes = db.ExpectedReports.Any(e => e.ReportTypeId == reportTypeId && e.UnitId == u.Id) })
            .SingleOrDefaultAsync(cancellationToken);
        if (type is null || unit is null)
        {
            return null;
        }

        var kind = unit.Name.Kind;
        var indicators = await db.ReportTypeIndicators.Where(i => i.ReportTypeId == reportTypeId)
            .Where(i => !i.Indicator!.UnitKinds.Any() || i.Indicator.UnitKinds.Any(k => k.Kind == kind))
            .OrderBy(i => i.Indicator!.SortOrder).ThenBy(i => i.IndicatorId)
            .Select(i => new ReportIndicator(i.IndicatorId, i.Indicator!.Code, i.Indicator.NameVi, i.Indicator.NameEn, i.Indicator.IsSensitive))
            .ToListAsync(cancellationToken);
        var report = await reports.FindAsync(reportTypeId, unitId, cancellationToken);
        var history = report is null ? [] : await reports.HistoryAsync(report.UnitReportId, cancellationToken);
        var threshold = privacy.Value.VictimThreshold;
        var dialect = SqlDialect.Of(db.Database);
        var monthly = (await db.Database.SqlQueryRaw<MonthlyRow>(
                MonthlySql.For(dialect),
                dialect.Parameter("@unitId", unitId),
                dialect.Parameter("@from", (type.PeriodStart.Year * 100) + type.PeriodStart.Month),
                dialect.Parameter("@to", (type.PeriodEnd.Year * 100) + type.PeriodEnd.Month),
                dialect.Parameter("@threshold", threshold))
            .ToListAsync(cancellationToken))
            .ToDictionary(m => m.IndicatorId, m => FigureSum.FromSql(m.Value, m.Figures, m.SmallUnits));
        return new ReportDetail(type, unit.Name, unit.Owes, indicators, report, history, monthly, threshold);
    }

    /// <summary>The status a stored report has now.</summary>
    public static UnitReportStatus StatusOf(UnitReportState state, bool isLate) => state switch
    {
        UnitReportState.Returned => UnitReportStatus.Returned,
        _ when isLate => UnitReportStatus.SubmittedLate,
        _ => UnitReportStatus.SubmittedOnTime,
    };

    private static IQueryable<ReportTypeSummary> Summaries(IQueryable<ReportType> types) =>
        types.OrderBy(t => t.SortOrder).ThenBy(t => t.DueDate).ThenBy(t => t.Id)
            .Select(t => new ReportTypeSummary(
                t.Id, t.PlanId, t.Code, t.NameVi, t.NameEn, t.PeriodStart, t.PeriodEnd, t.CutoffDate, t.DueDate, t.ExpectedReports.Count));

    private sealed class MonthlyRow
    {
        public int IndicatorId { get; init; }
        public long? Value { get; init; }
        public int Figures { get; init; }
        public string? SmallUnits { get; init; }
    }
}
