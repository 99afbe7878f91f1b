using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Dashboard;

namespace SteeringDashboard.Benchmarks;

/// <summary>
/// The hot screens' queries on ten years of scale data, as of the end of the newest plan's year (the longest trend), each through
/// the app's own query service (EF) and as the same SQL, captured from EF, in the sqlite3 command line. Sqlite3Start is the
/// command line starting, opening the database and answering SELECT 1: subtract it to compare the queries alone. The oldest
/// plan as of today shows that an as-of date years after a plan costs no more than one within it.
/// The EF benchmarks compared with sqlite3 start from query services that know nothing yet (a first load); the dashboard
/// "after a saved task" benchmark is what the shared computation costs for each saved task, announced as the app announces
/// it, once the trend's past points and the headline figures are known (the newest plan as of today: the units' progress
/// and today's trend point are read).
/// </summary>
[MemoryDiagnoser]
public class HotQueryBenchmarks
{
    private static readonly IOptions<PrivacyOptions> Privacy = Options.Create(new PrivacyOptions());
    private static readonly Actor CommitteeMember = new("benchmark", "committee", "Committee member", SteeringRole.CommitteeMember, null);

    private readonly Dictionary<string, string> _scripts = [];
    private ScaleDatabase _database = null!;
    private ScaleDatabase _queried = null!;
    private readonly ChangeNotifier _notifier = new(NullLogger<ChangeNotifier>.Instance);
    private DashboardResults _live = null!;
    private UnitQueries _units = null!;
    private AssignmentQueries _assignments = null!;
    private ReportMatrixQueries _matrix = null!;
    private IStringLocalizer<SharedText> _shared = null!;
    private IStringLocalizer<DashboardText> _dashboardText = null!;
    private PlanFilter _filter = null!;
    private PlanFilter _oldestToday = null!;
    private PlanFilter _newestToday = null!;
    private string _unitCode = "";
    private int _conferenceId;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _database = await ScaleDatabase.OpenAsync();
        await using (var db = _database.CreateDbContext())
        {
            var plan = await db.Plans.OrderByDescending(p => p.Year).FirstAsync();
            _filter = new PlanFilter(plan.Id, plan.PeriodEnd);
            var oldest = await db.Plans.OrderBy(p => p.Year).FirstAsync();
            _oldestToday = new PlanFilter(oldest.Id, HanoiTime.DateOf(DateTime.UtcNow));
            _newestToday = new PlanFilter(plan.Id, HanoiTime.DateOf(DateTime.UtcNow));
            _unitCode = await db.Units.Where(u => u.Id == 11).Select(u => u.Code).SingleAsync();
            _conferenceId = await db.Conferences.Where(c => c.PlanId == plan.Id).Select(c => c.Id).SingleAsync();
        }

        Use(_database);
        var localizers = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        _shared = new StringLocalizer<SharedText>(localizers);
        _dashboardText = new StringLocalizer<DashboardText>(localizers);

        foreach (var (screen, run) in new (string, Func<Task>)[]
                 {
                     ("dashboard", DashboardEf), ("unit page", UnitPageEf), ("tasks list", TasksListEf), ("report matrix", MatrixEf), ("review", ReviewEf),
                 })
        {
            var captured = new CapturedSql();
            Use(_database.With(captured));
            await run();
            _scripts[screen] = captured.Script;
            var file = $"{_database.Path}.{screen.Replace(' ', '-')}.sql";
            await File.WriteAllTextAsync(file, captured.Script);
            Console.WriteLine($"// {screen}: {captured.Count} SQL commands captured from EF, written to {file}");
        }

        Use(_database);
        var shared = new DashboardQueries(_database, Privacy);
        _live = new DashboardResults(_notifier, shared, new HeadlineFigureResults(_notifier, shared));
        await _live.GetAsync(_newestToday);
    }

    [Benchmark(Description = "dashboard view, first load (queries + disclosure + charts)")]
    public Task<DashboardPage.DashboardView> DashboardViewFirstLoad() => ViewAsync(new DashboardQueries(_queried, Privacy), _filter);

    [Benchmark(Description = "dashboard view after a saved task, as of today (queries + disclosure + charts)")]
    public async Task<DashboardPage.DashboardView> DashboardViewAfterAChange()
    {
        await _notifier.Publish(new DataChange(ChangeKind.Assignment, _newestToday.PlanId, [], DateTime.UtcNow, "benchmark"));
        return View((await _live.GetAsync(_newestToday))!);
    }

    [Benchmark(Description = "dashboard, EF")]
    public Task DashboardEf() => new DashboardQueries(_queried, Privacy).LoadAsync(_filter);

    [Benchmark(Description = "dashboard, oldest plan as of today, EF")]
    public Task DashboardOldestPlanTodayEf() => new DashboardQueries(_queried, Privacy).LoadAsync(_oldestToday);

    [Benchmark(Description = "dashboard, sqlite3")]
    public void DashboardSqlite3() => CapturedSql.RunInSqlite3(_database.Path, _scripts["dashboard"]);

    [Benchmark(Description = "unit page, EF")]
    public Task UnitPageEf() => _units.LoadAsync(_filter.PlanId, _unitCode, _filter.AsOf);

    [Benchmark(Description = "unit page, sqlite3")]
    public void UnitPageSqlite3() => CapturedSql.RunInSqlite3(_database.Path, _scripts["unit page"]);

    [Benchmark(Description = "tasks list, EF")]
    public Task TasksListEf() => _assignments.ListAsync(_filter);

    [Benchmark(Description = "tasks list, sqlite3")]
    public void TasksListSqlite3() => CapturedSql.RunInSqlite3(_database.Path, _scripts["tasks list"]);

    [Benchmark(Description = "report matrix, EF")]
    public Task MatrixEf() => _matrix.LoadAsync(_filter.PlanId, _filter.AsOf);

    [Benchmark(Description = "report matrix, sqlite3")]
    public void MatrixSqlite3() => CapturedSql.RunInSqlite3(_database.Path, _scripts["report matrix"]);

    [Benchmark(Description = "review compilation, EF")]
    public Task ReviewEf() => new ConferenceReportQueries(_queried, new DashboardQueries(_queried, Privacy), _matrix, Privacy).CompileAsync(_conferenceId);

    [Benchmark(Description = "review compilation, sqlite3")]
    public void ReviewSqlite3() => CapturedSql.RunInSqlite3(_database.Path, _scripts["review"]);

    [Benchmark(Description = "sqlite3 start (SELECT 1)")]
    public void Sqlite3Start() => CapturedSql.RunInSqlite3(_database.Path, "SELECT 1;");

    private async Task<DashboardPage.DashboardView> ViewAsync(DashboardQueries queries, PlanFilter filter) =>
        View((await queries.LoadAsync(filter))!);

    private DashboardPage.DashboardView View(DashboardData data)
    {
        var (headlines, changes) = DashboardPage.DashboardView.DiscloseHeadlines(data, FigureDisclosure.For(CommitteeMember, Privacy.Value));
        return new DashboardPage.DashboardView(data, DashboardCharts.Build(data, _shared, _dashboardText), headlines, changes);
    }

    private void Use(ScaleDatabase database)
    {
        _queried = database;
        _units = new UnitQueries(database);
        _assignments = new AssignmentQueries(database);
        _matrix = new ReportMatrixQueries(database);
    }
}
