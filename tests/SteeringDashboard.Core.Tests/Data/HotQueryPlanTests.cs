using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Seed;
using SteeringDashboard.Core.Tests.TestSupport;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.Data;

/// <summary>
/// Every SQL command the hot screens run (dashboard, unit page, tasks list, report matrix, review compilation), captured from EF on
/// scale data and run through EXPLAIN QUERY PLAN: none may scan a history or figures table whole, so their cost does not grow with
/// the years of data. SQLite only: PostgreSQL plans are its own (and the scale data is written into SQLite).
/// </summary>
[Trait("Database", "SqliteOnly")]
public sealed partial class HotQueryPlanTests : IAsyncLifetime
{
    private static readonly string[] GrowingTables = ["AssignmentHistory", "IndicatorValues", "IndicatorValueChanges", "UnitReportHistory", "CampaignResultHistory"];

    private readonly CommandRecorder _recorder = new();
    private TestDatabase _database = null!;
    private RecordingFactory _factory = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateSqliteAsync();
        await new ScaleDataGenerator(_database).GenerateAsync(new ScaleDataOptions(Years: 2, Units: 40), Token);
        _factory = new RecordingFactory(_database.ConnectionString, _recorder);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    public static TheoryData<string> Screens => ["dashboard", "dashboard by programme and kind", "unit page", "tasks list", "report matrix", "review compilation"];

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task NoHotQueryScansAHistoryOrFiguresTable(string screen)
    {
        await using (var db = _database.CreateDbContext())
        {
            var plan = await db.Plans.OrderByDescending(p => p.Year).FirstAsync(Token);
            var conference = await db.Conferences.SingleAsync(c => c.PlanId == plan.Id, Token);
            var unit = await db.Units.OrderBy(u => u.Id).Skip(5).FirstAsync(Token);
            var asOf = plan.ReviewAsOf;
            _recorder.Clear();
            await RunAsync(screen, plan.Id, asOf, unit.Code, conference.Id);
        }

        Assert.NotEmpty(_recorder.Commands);
        var scans = new List<string>();
        foreach (var command in _recorder.Commands)
        {
            var growing = AliasesOfGrowingTables(command.Text);
            scans.AddRange((await ExplainAsync(command)).Where(d => ScanOf(d) is { } scanned && growing.Contains(scanned))
                .Select(d => $"{d}\n  in: {command.Text}"));
        }

        Assert.True(scans.Count == 0, $"{screen} scans a growing table:\n{string.Join("\n\n", scans)}");
    }

    [Fact]
    public async Task TheCheckSeesAScanOfAHistoryTable()
    {
        var plan = await ExplainAsync(new RecordedCommand("SELECT h.Note FROM AssignmentHistory AS h WHERE h.Note LIKE @text", [("@text", "%late%")]));

        Assert.Contains(plan, d => ScanOf(d) is { } scanned && AliasesOfGrowingTables("FROM AssignmentHistory AS h").Contains(scanned));
    }

    private Task RunAsync(string screen, int planId, DateOnly asOf, string unitCode, int conferenceId)
    {
        var privacy = Options.Create(new PrivacyOptions());
        var dashboard = new DashboardQueries(_factory, privacy);
        return screen switch
        {
            "dashboard" => dashboard.LoadAsync(new PlanFilter(planId, asOf), Token),
            "dashboard by programme and kind" => dashboard.LoadAsync(new PlanFilter(planId, asOf, ProgrammeCode.DrugPrevention, UnitKind.RuralDistrict), Token),
            "unit page" => new UnitQueries(_factory).LoadAsync(planId, unitCode, asOf, Token),
            "tasks list" => new AssignmentQueries(_factory).ListAsync(new PlanFilter(planId, asOf), Token),
            "report matrix" => new ReportMatrixQueries(_factory).LoadAsync(planId, asOf, cancellationToken: Token),
            "review compilation" => new ConferenceReportQueries(_factory, dashboard, new ReportMatrixQueries(_factory), privacy).CompileAsync(conferenceId, Token),
            _ => throw new ArgumentOutOfRangeException(nameof(screen), screen, null),
        };
    }

    private async Task<List<string>> ExplainAsync(RecordedCommand command)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync(Token);
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value);
        }

        var details = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync(Token);
        while (await reader.ReadAsync(Token))
        {
            details.Add(reader.GetString(3));
        }

        return details;
    }

    /// <summary>The table or alias a plan line scans whole ("SCAN v", "SCAN v USING COVERING INDEX …"), or null for a search.</summary>
    private static string? ScanOf(string detail) => ScanPattern().Match(detail) is { Success: true } scan ? scan.Groups[1].Value : null;

    /// <summary>The names and aliases under which <paramref name="sql"/> reads a table that grows with the years of data.</summary>
    private static HashSet<string> AliasesOfGrowingTables(string sql)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match source in SourcePattern().Matches(sql))
        {
            if (GrowingTables.Contains(source.Groups["table"].Value, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(source.Groups["table"].Value);
                if (source.Groups["alias"].Success)
                {
                    names.Add(source.Groups["alias"].Value);
                }
            }
        }

        return names;
    }

    [GeneratedRegex(@"^SCAN (\w+)")]
    private static partial Regex ScanPattern();

    [GeneratedRegex("""(?:FROM|JOIN)\s+"?(?<table>\w+)"?(?:\s+(?:AS\s+)?"?(?<alias>(?!ON\b|WHERE\b|JOIN\b|LEFT\b|GROUP\b|ORDER\b|CROSS\b)\w+)"?)?""", RegexOptions.IgnoreCase)]
    private static partial Regex SourcePattern();

    private sealed record RecordedCommand(string Text, IReadOnlyList<(string Name, object Value)> Parameters);

    /// <summary>Keeps the text and parameters of every query the contexts it is added to run.</summary>
    private sealed class CommandRecorder : DbCommandInterceptor
    {
        private readonly List<RecordedCommand> _commands = [];

        public IReadOnlyList<RecordedCommand> Commands
        {
            get
            {
                lock (_commands)
                {
                    return [.. _commands];
                }
            }
        }

        public void Clear()
        {
            lock (_commands)
            {
                _commands.Clear();
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            var parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value ?? DBNull.Value)).ToList();
            lock (_commands)
            {
                _commands.Add(new RecordedCommand(command.CommandText, parameters));
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private sealed class RecordingFactory(string connectionString, CommandRecorder recorder) : IDbContextFactory<SteeringDbContext>
    {
        public SteeringDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<SteeringDbContext>().UseSqlite(connectionString).AddInterceptors(recorder).Options);
    }
}
