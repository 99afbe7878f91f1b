using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Tests.TestSupport;

/// <summary>
/// The small plan with report type DAY (period 01/07–15/07, cut-off 15/07, due 20/07, carrying CASES) owed by U1, U2 and A1
/// (not by S), and the submission service on a clock the test moves, keeping attachments in a temporary folder of
/// its own (at most <see cref="MaxAttachmentBytes"/> bytes each).
/// </summary>
public sealed class ReportScenario : IAsyncDisposable
{
    public static readonly DateOnly DueDate = new(2018, 7, 20);

    /// <summary>23:59 in Ha Noi on the due date: the last minute that is on time.</summary>
    public static readonly DateTimeOffset LastMinuteOnTime = new(2018, 7, 20, 16, 59, 0, TimeSpan.Zero);

    /// <summary>00:00 in Ha Noi the day after the due date: late.</summary>
    public static readonly DateTimeOffset MidnightAfterDue = new(2018, 7, 20, 17, 0, 0, TimeSpan.Zero);

    /// <summary>The attachment size limit of the scenario's store.</summary>
    public const long MaxAttachmentBytes = 1024;

    private ReportScenario(TestDatabase database) => Database = database;

    /// <summary>Where the scenario's attachment files are kept (removed with the scenario).</summary>
    public string AttachmentFolder { get; } = Path.Combine(Path.GetTempPath(), $"steering-reports-{Guid.NewGuid():N}");

    public TestDatabase Database { get; }

    public FixedClock Clock { get; private set; } = null!;

    public ChangeNotifier Notifier { get; } = new(NullLogger<ChangeNotifier>.Instance);

    public ReportSubmissionService Service { get; private set; } = null!;

    public int PlanId { get; private set; }

    public int ReportTypeId { get; private set; }

    public int IndicatorId { get; private set; }

    public int U1 { get; private set; }

    public int U2 { get; private set; }

    public int A1 { get; private set; }

    public int S { get; private set; }

    public Actor Agency { get; private set; } = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<ReportScenario> CreateAsync()
    {
        var scenario = new ReportScenario(await TestDatabase.CreateAsync());
        await scenario.InitializeAsync();
        return scenario;
    }

    /// <summary>Sets the clock to <paramref name="at"/> (forwards only).</summary>
    public void SetClock(DateTimeOffset at) => Clock.Advance(at - Clock.GetUtcNow());

    /// <summary>Adds a report type of the plan owed by <paramref name="units"/>, carrying CASES, and returns its id.</summary>
    public async Task<int> AddReportTypeAsync(string code, DateOnly periodStart, DateOnly due, params int[] units)
    {
        await using var db = Database.CreateDbContext();
        var type = db.ReportTypes.Add(new ReportType
        {
            PlanId = PlanId,
            Code = code,
            NameVi = "Báo cáo " + code,
            NameEn = "Report " + code,
            PeriodStart = periodStart,
            PeriodEnd = due.AddDays(-5),
            CutoffDate = due.AddDays(-5),
            DueDate = due,
            Indicators = [new ReportTypeIndicator { IndicatorId = IndicatorId }],
            ExpectedReports = [.. units.Select(u => new ExpectedReport { UnitId = u })],
        }).Entity;
        await db.SaveChangesAsync(Token);
        Database.ResetCommandCount();
        return type.Id;
    }

    /// <summary>Submits (or corrects) the unit's DAY report as the standing agency from the version stored now.</summary>
    public async Task<UnitReportSnapshot> SubmitAsync(int unitId, int cases = 3, int? reportTypeId = null)
    {
        var type = reportTypeId ?? ReportTypeId;
        var current = await Service.FindAsync(type, unitId, Token);
        var outcome = await Service.SubmitAsync(
            new Caller(Agency.UserId), type, unitId, "Đã tổ chức mít tinh.", [new ReportFigure(IndicatorId, cases)], current?.Version, Token);
        return Assert.IsType<SubmitOutcome.Submitted>(outcome).Report;
    }

    /// <summary>Returns the unit's DAY report as the standing agency.</summary>
    public async Task<UnitReportSnapshot> ReturnAsync(int unitId, int? reportTypeId = null)
    {
        var current = (await Service.FindAsync(reportTypeId ?? ReportTypeId, unitId, Token))!;
        var outcome = await Service.ReturnAsync(new Caller(Agency.UserId), current.UnitReportId, "Thiếu số liệu.", current.Version, Token);
        return Assert.IsType<ReturnOutcome.Returned>(outcome).Report;
    }

    public IReadOnlyList<string> AttachmentFiles() =>
        Directory.Exists(AttachmentFolder) ? Directory.GetFiles(AttachmentFolder).Order().ToList() : [];

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        if (Directory.Exists(AttachmentFolder))
        {
            Directory.Delete(AttachmentFolder, recursive: true);
        }
    }

    private async Task InitializeAsync()
    {
        PlanId = await SmallPlanScenario.CreateAsync(Database);
        await using (var db = Database.CreateDbContext())
        {
            var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, Token);
            (U1, U2, A1, S) = (units["U1"], units["U2"], units["A1"], units["S"]);
            IndicatorId = await db.Indicators.Select(i => i.Id).SingleAsync(Token);
        }

        ReportTypeId = await AddReportTypeAsync("DAY", new DateOnly(2018, 7, 1), DueDate, U1, U2, A1);
        Clock = new FixedClock(new DateTimeOffset(2018, 7, 10, 2, 0, 0, TimeSpan.Zero));
        var guard = Database.Guard(Clock);
        var store = new FileStore(new FileStoreOptions { Folder = AttachmentFolder, MaxBytes = MaxAttachmentBytes });
        Service = new ReportSubmissionService(Database, Notifier, guard, store, Clock, TestMeterFactory.UnobservedConflicts());
        Agency = await TestAccounts.CreateAsync(Database, SteeringRole.StandingAgency);
        Database.ResetCommandCount();
    }
}
