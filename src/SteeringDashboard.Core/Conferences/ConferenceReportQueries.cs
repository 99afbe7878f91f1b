using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Conferences;

/// <summary>
/// Compiles a conference's review report as of its cut-off date from the dashboard's own queries (so that the report equals the
/// dashboard at that date), the expected-versus-received matrix and the text sections: a fixed number of queries, whatever the
/// number of units, tasks and programmes.
/// </summary>
public sealed class ConferenceReportQueries(
    IDbContextFactory<SteeringDbContext> factory, DashboardQueries dashboard, ReportMatrixQueries matrix, IOptions<PrivacyOptions> privacy)
{
    private static readonly DialectSql UnitFiguresSql = new(dialect => $"""
        SELECT v.UnitId, i.Code, {FigureDisclosure.SumColumnsSql(dialect, "v.Value", "v.UnitId")}
        FROM IndicatorValues v
        JOIN Indicators i ON i.Id = v.IndicatorId
        WHERE i.IsHeadline = TRUE AND v.Year = @year AND v.Month BETWEEN @fromMonth AND @toMonth
        GROUP BY v.UnitId, i.Code
        """);

    private static readonly DialectSql TaskCountsSql = new(dialect => $"""
        WITH {AsOfSql.ScoredAssignments(dialect)}
        SELECT t.Number AS TaskNumber, t.TextVi, t.TextEn, p.Code AS Programme,
               {AsOfSql.StatusCountColumns}
        FROM PlanTasks t
        JOIN Programmes p ON p.Id = t.ProgrammeId
        LEFT JOIN scored s ON s.PlanTaskId = t.Id
        WHERE t.PlanId = @planId
        GROUP BY t.Id, t.Number, t.TextVi, t.TextEn, p.Code
        ORDER BY t.Number
        """);

    /// <summary>The review report of the conference as the data stands now, or null when there is no such conference.</summary>
    public async Task<ConferenceReportContent?> CompileAsync(int conferenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var conference = await db.Conferences.Where(c => c.Id == conferenceId)
            .Select(c => new { c.PlanId, c.CutoffDate })
            .SingleOrDefaultAsync(cancellationToken);
        if (conference is null)
        {
            return null;
        }

        var filter = new PlanFilter(conference.PlanId, conference.CutoffDate);
        var overall = await dashboard.LoadAsync(filter, cancellationToken);
        if (overall is null)
        {
            return null;
        }

        var programmes = await db.Programmes.OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var programmeOfIndicator = await db.Indicators.Where(i => i.IsHeadline)
            .Select(i => new { i.Code, Programme = i.Programme!.Code })
            .ToDictionaryAsync(i => i.Code, i => i.Programme, cancellationToken);
        var reviewProgrammes = new List<ConferenceReportProgramme>();
        foreach (var programme in programmes)
        {
            var units = await DashboardQueries.UnitProgressAsync(db, filter with { Programme = programme.Code }, cancellationToken);
            var figures = overall.Headlines
                .Where(h => programmeOfIndicator.GetValueOrDefault(h.Code) == programme.Code)
                .Select(h => new ConferenceReportFigure(h.Code, h.NameVi, h.NameEn, h.IsSensitive, h.Value, h.PreviousValue))
                .ToList();
            reviewProgrammes.Add(new ConferenceReportProgramme(programme.Code, programme.NameVi, programme.NameEn, DeadlineStatusCounts.Of(DashboardKpis.From(units)), figures));
        }

        var dialect = SqlDialect.Of(db.Database);
        var unitFigures = (await db.Database
                .SqlQueryRaw<UnitFigure>(
                    UnitFiguresSql.For(dialect),
                    dialect.Parameter("@year", overall.Figures.Year),
                    dialect.Parameter("@fromMonth", overall.Figures.FromMonth),
                    dialect.Parameter("@toMonth", overall.Figures.ToMonth),
                    dialect.Parameter("@threshold", privacy.Value.VictimThreshold))
                .ToListAsync(cancellationToken))
            .GroupBy(f => f.UnitId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, FigureSum>)g.ToDictionary(f => f.Code, f => FigureSum.FromSql(f.Value, f.Figures, f.SmallUnits)));
        var reviewUnits = overall.Units
            .Select(u => new ConferenceReportUnit(
                u.UnitId, u.Code, u.NameVi, u.NameEn, u.Kind, DeadlineStatusCounts.Of(u), unitFigures.GetValueOrDefault(u.UnitId, new Dictionary<string, FigureSum>())))
            .ToList();

        var tasks = await db.Database.SqlQueryRaw<TaskCounts>(TaskCountsSql.For(dialect), filter.Parameters(dialect)).ToListAsync(cancellationToken);

        var reports = await matrix.LoadAsync(conference.PlanId, conference.CutoffDate, cancellationToken: cancellationToken);
        var missing = (
            from column in reports.Columns
            from row in reports.Rows
            where row.Cells.TryGetValue(column.ReportTypeId, out var state) && state is ReportCellState.Missing or ReportCellState.Returned
            select new ConferenceReportMissingReport(
                column.Code, column.NameVi, column.NameEn, column.DueDate, row.Unit.Id, row.Unit.NameVi, row.Unit.NameEn, row.Cells[column.ReportTypeId]))
            .ToList();

        var sections = await db.ConferenceReportSections.Where(s => s.ConferenceId == conferenceId)
            .ToDictionaryAsync(s => s.Key, s => s.Text, cancellationToken);

        return new ConferenceReportContent(
            conferenceId,
            conference.PlanId,
            overall.Plan.Number,
            overall.Plan.HasDemoData,
            conference.CutoffDate,
            overall.Figures,
            reviewProgrammes,
            overall.Headlines.Select(h => new ConferenceReportIndicator(h.Code, h.NameVi, h.NameEn, h.IsSensitive)).ToList(),
            reviewUnits.Where(u => u.Kind.IsDistrictLevel()).ToList(),
            reviewUnits.Where(u => u.Kind.IsAgency()).ToList(),
            tasks.Select(t => new ConferenceReportTask(t.TaskNumber, t.TextVi, t.TextEn, t.Programme, DeadlineStatusCounts.Of(t))).ToList(),
            missing,
            sections);
    }

    private sealed class UnitFigure
    {
        public int UnitId { get; init; }
        public required string Code { get; init; }
        public long? Value { get; init; }
        public int Figures { get; init; }
        public string? SmallUnits { get; init; }
    }

    private sealed class TaskCounts : StatusCounts
    {
        public int TaskNumber { get; init; }
        public required string TextVi { get; init; }
        public required string TextEn { get; init; }
        public ProgrammeCode Programme { get; init; }
    }
}
