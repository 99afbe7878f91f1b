using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.CrashTest;

/// <summary>A demo reporter account and what it writes: its unit's first assignments, its unit's first owed report and its unit's figures.</summary>
public sealed record WriterAccount(
    string UserName,
    string Password,
    int UnitId,
    string UnitCode,
    IReadOnlyList<int> AssignmentIds,
    int ReportTypeId,
    IReadOnlyList<int> ReportIndicatorIds,
    IReadOnlyList<(int Id, string Code)> FigureIndicators)
{
    /// <summary>The demo data's reporters (no second factor): a district's and a member agency's.</summary>
    public static readonly (string UserName, string Password, string UnitCode)[] Demo =
    [
        ("reporter.badinh", "badinh-demo-138TP", "BA-DINH"),
        ("reporter.dolisa", "labour-demo-138TP", "DOLISA"),
    ];

    public const int EditWritersPerAccount = 2;
    public const int FigureIndicatorsPerAccount = 4;

    public static async Task<IReadOnlyList<WriterAccount>> ReadAsync(SteeringDbContext db, CancellationToken cancellationToken)
    {
        var accounts = new List<WriterAccount>();
        foreach (var (userName, password, unitCode) in Demo)
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode, cancellationToken);
            var assignments = await db.Assignments.Where(a => a.UnitId == unit.Id).OrderBy(a => a.Id)
                .Select(a => a.Id).Take(EditWritersPerAccount).ToListAsync(cancellationToken);
            var applicable = await db.Indicators.Where(i => i.UnitKinds.Count == 0 || i.UnitKinds.Any(k => k.Kind == unit.Kind))
                .OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => new { i.Id, i.Code }).ToListAsync(cancellationToken);
            var reportType = await db.ReportTypes.Where(t => t.ExpectedReports.Any(e => e.UnitId == unit.Id)).OrderBy(t => t.Id)
                .Select(t => new { t.Id, Indicators = t.Indicators.Select(i => i.IndicatorId).ToList() }).FirstAsync(cancellationToken);
            accounts.Add(new WriterAccount(
                userName,
                password,
                unit.Id,
                unitCode,
                assignments,
                reportType.Id,
                reportType.Indicators.Where(id => applicable.Any(i => i.Id == id)).Order().ToList(),
                applicable.Take(FigureIndicatorsPerAccount).Select(i => (i.Id, i.Code)).ToList()));
        }

        return accounts;
    }

    /// <summary>This account's writers for one run, each on a target of its own.</summary>
    public IReadOnlyList<Writer> Writers(Random random, int year) =>
    [
        .. AssignmentIds.Select((id, i) => (Writer)new EditWriter($"{UserName}-edit{i + 1}", new Random(random.Next()), id)),
        new ReportWriter($"{UserName}-report", new Random(random.Next()), ReportTypeId, UnitId, ReportIndicatorIds),
        new FigureWriter($"{UserName}-import", new Random(random.Next()), UnitId, UnitCode, FigureIndicators, year),
    ];
}
