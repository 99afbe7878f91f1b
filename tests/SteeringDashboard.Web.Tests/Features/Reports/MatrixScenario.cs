using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Reports;

/// <summary>
/// Plan 127 (no demo data) with two report types: M06 (due 05/07/2018) owed by Ba Dinh and Ba Vi, and DAY (due 20/07/2018)
/// owed by Ba Dinh, Son Tay, Ba Vi and the Police. As of 25/07/2018 (today on the clock): Ba Dinh sent both on time, Son Tay
/// sent DAY late, Ba Vi's DAY was returned and its M06 is missing, the Police's DAY is missing.
/// </summary>
public sealed class MatrixScenario
{
    public static readonly DateOnly Today = new(2018, 7, 25);

    private readonly BunitContext _context;
    private readonly FixedClock _clock;
    private Actor _agency = default!;

    private MatrixScenario(BunitContext context, FixedClock clock)
    {
        _context = context;
        _clock = clock;
    }

    public int PlanId { get; private set; }

    public int Day { get; private set; }

    public int M06 { get; private set; }

    public IReadOnlyDictionary<string, int> Units { get; private set; } = default!;

    private IDbContextFactory<SteeringDbContext> Factory => _context.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>();

    private ReportSubmissionService Submissions => _context.Services.GetRequiredService<ReportSubmissionService>();

    private static CancellationToken Cancellation => Xunit.TestContext.Current.CancellationToken;

    /// <summary>Seeds <paramref name="database"/> for <paramref name="context"/> (call after every other registration) and files the reports.</summary>
    public static async Task<MatrixScenario> CreateAsync(BunitContext context, TemporaryDatabase database)
    {
        var clock = FixedClock.AtHanoiNoon(new DateOnly(2018, 7, 1));
        var scenario = new MatrixScenario(context, clock);
        await context.UseSteeringDatabaseAsync(database, new SeedOptions { DemoData = false }, clock);
        await scenario.InitializeAsync();
        return scenario;
    }

    /// <summary>The reports sent by a unit in the matrix test's "elsewhere": submitted as the standing agency, now (25/07).</summary>
    public async Task SubmitAsync(string unitCode, int reportTypeId)
    {
        var unitId = Units[unitCode];
        var current = await Submissions.FindAsync(reportTypeId, unitId, Cancellation);
        var outcome = await Submissions.SubmitAsync(
            new Caller(_agency.UserId), reportTypeId, unitId, "Đã tổ chức các hoạt động hưởng ứng.", [], current?.Version, Cancellation);
        Assert.IsType<SubmitOutcome.Submitted>(outcome);
    }

    private async Task ReturnAsync(string unitCode, int reportTypeId)
    {
        var current = (await Submissions.FindAsync(reportTypeId, Units[unitCode], Cancellation))!;
        var outcome = await Submissions.ReturnAsync(new Caller(_agency.UserId), current.UnitReportId, "Thiếu số liệu.", current.Version, Cancellation);
        Assert.IsType<ReturnOutcome.Returned>(outcome);
    }

    private async Task InitializeAsync()
    {
        await using (var db = await Factory.CreateDbContextAsync(Cancellation))
        {
            PlanId = await db.Plans.Select(p => p.Id).SingleAsync(Cancellation);
            Units = await db.Units.Where(u => new[] { "BA-DINH", "SON-TAY", "BA-VI", "POLICE" }.Contains(u.Code))
                .ToDictionaryAsync(u => u.Code, u => u.Id, Cancellation);
            AddType(db, "M06", "Báo cáo tháng 6", "June report", new DateOnly(2018, 6, 1), new DateOnly(2018, 7, 5), "BA-DINH", "BA-VI");
            AddType(db, "DAY", "Báo cáo kết quả Ngày toàn dân", "Report on the Day", new DateOnly(2018, 7, 1), new DateOnly(2018, 7, 20), "BA-DINH", "SON-TAY", "BA-VI", "POLICE");
            await db.SaveChangesAsync(Cancellation);
        }

        var types = await TypeIdsAsync();
        (M06, Day) = (types["M06"], types["DAY"]);
        _agency = await TestAccounts.CreateAsync(Factory, SteeringRole.StandingAgency, displayName: "Cán bộ thường trực");

        await At(new DateOnly(2018, 7, 4), () => SubmitAsync("BA-DINH", M06));
        await At(new DateOnly(2018, 7, 18), () => SubmitAsync("BA-VI", Day));
        await At(new DateOnly(2018, 7, 19), () => SubmitAsync("BA-DINH", Day));
        await At(new DateOnly(2018, 7, 21), () => ReturnAsync("BA-VI", Day));
        await At(new DateOnly(2018, 7, 22), () => SubmitAsync("SON-TAY", Day));
        _clock.Now = FixedClock.AtHanoiNoon(Today).Now;
    }

    private async Task At(DateOnly date, Func<Task> action)
    {
        _clock.Now = FixedClock.AtHanoiNoon(date).Now;
        await action();
    }

    private async Task<Dictionary<string, int>> TypeIdsAsync()
    {
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        return await db.ReportTypes.ToDictionaryAsync(t => t.Code, t => t.Id, Cancellation);
    }

    private void AddType(SteeringDbContext db, string code, string nameVi, string nameEn, DateOnly start, DateOnly due, params string[] units)
    {
        db.ReportTypes.Add(new ReportType
        {
            PlanId = PlanId,
            Code = code,
            NameVi = nameVi,
            NameEn = nameEn,
            PeriodStart = start,
            PeriodEnd = due.AddDays(-5),
            CutoffDate = due.AddDays(-5),
            DueDate = due,
            SortOrder = 0,
            ExpectedReports = [.. units.Select(u => new ExpectedReport { UnitId = Units[u] })],
        });
    }
}
