using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Seed;

/// <summary>How much scale data to write: one plan per year ending with <see cref="ScaleDataGenerator.LastYear"/>, and the units.</summary>
public sealed record ScaleDataOptions(int Years, int Units)
{
    public const int MaxYears = 30;
    public const int MaxUnits = 5000;
}

/// <summary>The rows <see cref="ScaleDataGenerator"/> wrote, per table.</summary>
public sealed record ScaleDataCounts(
    int Units,
    int Plans,
    int Tasks,
    int Assignments,
    int AssignmentHistory,
    int IndicatorValues,
    int ReportTypes,
    int ExpectedReports,
    int UnitReports,
    int UnitReportHistory,
    int Conferences)
{
    public int Total => Units + Plans + Tasks + Assignments + AssignmentHistory + IndicatorValues + ReportTypes + ExpectedReports
        + UnitReports + UnitReportHistory + Conferences;
}

/// <summary>The scale data was refused and nothing was written: the reason is the message.</summary>
public class ScaleDataRefusedException(string message) : InvalidOperationException(message);

/// <summary>The database already holds data: scale data goes into a fresh database only.</summary>
public sealed class DatabaseNotEmptyException(string message) : ScaleDataRefusedException(message);

/// <summary>
/// Fills a fresh database with years of plans for benchmarks: a plan per year with its tasks assigned across many units, a status
/// history of about a change a week per assignment, every unit's monthly figures, quarterly reports with their history, and a
/// mid-year review conference per plan. Deterministic (fixed seed, fixed order, explicit keys), written with prepared ADO.NET
/// inserts in one transaction: all or nothing.
/// </summary>
public sealed class ScaleDataGenerator(IDbContextFactory<SteeringDbContext> factory)
{
    /// <summary>The last year with a plan: every generated date lies in the past.</summary>
    public const int LastYear = 2025;

    public const int TasksPerPlan = 20;

    /// <summary>Each task goes to one unit in this many.</summary>
    public const int AssignEvery = 4;

    private const string Author = "scale-data";
    private const int QuartersPerPlan = 4;

    private static readonly string[] AgencyIndicators = ["COMM_SESSIONS", "COMM_MEDIA", "ENF_TIPS_RECEIVED", "DRUG_CASES", "CRIME_DETECTED"];
    private static readonly HashSet<IndicatorGroup> DistrictGroups =
        [IndicatorGroup.Communication, IndicatorGroup.Victims, IndicatorGroup.DrugsAndCrime];

    private static readonly string[] DistrictEnforcement = ["ENF_TIPS_RECEIVED", "ENF_CASES_DETECTED"];

    private readonly Random _random = new(20260606);

    /// <summary>Writes the data and returns what it wrote; refuses (<see cref="DatabaseNotEmptyException"/>) a database with any plan, unit or indicator.</summary>
    public async Task<ScaleDataCounts> GenerateAsync(ScaleDataOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Years, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Years, ScaleDataOptions.MaxYears);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Units, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Units, ScaleDataOptions.MaxUnits);

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            // Its prepared inserts write the values as EF Core stores them in SQLite.
            throw new ScaleDataRefusedException(
                "Scale data is written into a SQLite file: generate it into a fresh SQLite database, then copy that database to PostgreSQL.");
        }

        var existing = await db.Plans.CountAsync(cancellationToken) + await db.Units.CountAsync(cancellationToken)
            + await db.Indicators.CountAsync(cancellationToken) + await db.Programmes.CountAsync(cancellationToken);
        if (existing > 0)
        {
            throw new DatabaseNotEmptyException(
                $"The database already holds data ({await db.Plans.CountAsync(cancellationToken)} plans, {await db.Units.CountAsync(cancellationToken)} units): "
                + "scale data goes into a fresh database only. Point the connection string at a new file and run the command again.");
        }

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var writer = new Writer(connection, transaction, _random);
        writer.Execute("PRAGMA defer_foreign_keys = ON"); // an assignment's row follows its history, whose last change decides its state

        var indicators = WriteReferenceData(writer);
        var units = WriteUnits(writer, options.Units);
        var counts = new Counter { Units = units.Count };
        for (var year = LastYear - options.Years + 1; year <= LastYear; year++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WritePlan(writer, counts, year, units);
            WriteFigures(writer, counts, year, units, indicators);
        }

        await transaction.CommitAsync(cancellationToken);
        return counts.ToCounts();
    }

    private static List<(int Id, ReferenceIndicators.Definition Definition)> WriteReferenceData(Writer writer)
    {
        var programmes = writer.Prepare("Programmes", "Id", "Code", "NameVi", "NameEn");
        programmes.Insert(1, (int)ProgrammeCode.CrimePrevention, "Phòng, chống tội phạm", "Crime prevention and control");
        programmes.Insert(2, (int)ProgrammeCode.DrugPrevention, "Phòng, chống ma túy", "Drug prevention and control");
        programmes.Insert(3, (int)ProgrammeCode.TraffickingPrevention, "Phòng, chống mua bán người", "Human-trafficking prevention and control");

        var insert = writer.Prepare("Indicators", "Id", "Code", "NameVi", "NameEn", "ProgrammeId", "Group", "SortOrder", "IsSensitive", "IsHeadline");
        var indicators = ReferenceIndicators.All.Select((definition, index) => (Id: index + 1, Definition: definition)).ToList();
        foreach (var (id, d) in indicators)
        {
            insert.Insert(id, d.Code, d.NameVi, d.NameEn, (int)d.Programme, (int)d.Group, id, d.IsSensitive, d.IsHeadline);
        }

        return indicators;
    }

    private static List<(int Id, UnitKind Kind)> WriteUnits(Writer writer, int count)
    {
        var insert = writer.Prepare("Units", "Id", "Code", "NameVi", "NameEn", "Kind", "IsDemo");
        var units = new List<(int Id, UnitKind Kind)>(count);
        for (var id = 1; id <= count; id++)
        {
            // Seven units in ten are district-level, as in Ha Noi; the first is the standing agency.
            var kind = id == 1 ? UnitKind.StandingAgency : (id % 10) switch
            {
                0 or 1 or 2 => UnitKind.UrbanDistrict,
                3 => UnitKind.Town,
                4 or 5 or 6 => UnitKind.RuralDistrict,
                _ => UnitKind.MemberAgency,
            };
            insert.Insert(id, $"SCALE-{id:0000}", $"Đơn vị {id:0000} (dữ liệu quy mô)", $"Unit {id:0000} (scale data)", (int)kind, true);
            units.Add((id, kind));
        }

        return units;
    }

    private void WritePlan(Writer writer, Counter counts, int year, List<(int Id, UnitKind Kind)> units)
    {
        var planId = ++counts.Plans;
        var periodStart = new DateOnly(year, 1, 1);
        var periodEnd = new DateOnly(year, 12, 31);
        writer.Prepare("Plans", "Id", "Year", "Number", "TitleVi", "TitleEn", "IssuedOn", "DayDate", "PeriodStart", "PeriodEnd", "ReviewAsOf", "HasDemoData")
            .Insert(planId, year, $"{planId}/KH-BCD-QM", $"Kế hoạch năm {year} (dữ liệu quy mô)", $"Plan for {year} (scale data)",
                periodStart, new DateOnly(year, 7, 30), periodStart, periodEnd, new DateOnly(year, 7, 10), true);

        var tasks = writer.Prepare("PlanTasks", "Id", "PlanId", "Section", "Number", "TextVi", "TextEn", "ProgrammeId", "LeadUnitId", "StartDate", "DueDate");
        var assignments = writer.Prepare("Assignments", "Id", "PlanTaskId", "UnitId", "DueDate", "State", "Progress", "CompletedOn", "UpdatedAtUtc", "Version");
        var history = writer.Prepare(
            "AssignmentHistory", "AssignmentId", "ChangedAtUtc", "ChangedBy", "OldState", "NewState", "OldProgress", "NewProgress", "NewCompletedOn", "Note", "Version");
        var lastDay = new DateOnly(LastYear, 12, 31);
        for (var number = 1; number <= TasksPerPlan; number++)
        {
            var taskId = ++counts.Tasks;
            var start = periodStart.AddDays((number - 1) * 7);
            var due = Min(start.AddDays(120 + _random.Next(0, 150)), periodEnd);
            tasks.Insert(taskId, planId, (int)PlanSection.CityWide + (number % 4), number,
                $"Nhiệm vụ {number} của kế hoạch năm {year} (dữ liệu quy mô)", $"Task {number} of the {year} plan (scale data)",
                1 + (number % 3), units[(number * 7) % units.Count].Id, start, due);

            foreach (var unit in units.Where(u => (u.Id + number + year) % AssignEvery == 0))
            {
                var assignmentId = ++counts.Assignments;
                var last = WriteHistory(writer, history, counts, assignmentId, unit.Id, start, due, lastDay);
                assignments.Insert(assignmentId, taskId, unit.Id, due, (int)last.State, last.Progress, last.CompletedOn, last.AtUtc, writer.NewGuid());
            }
        }

        WriteReports(writer, counts, planId, year, units);
        writer.Prepare("Conferences", "Id", "PlanId", "Title", "Date", "Venue", "Chair", "PeriodStart", "PeriodEnd", "CutoffDate", "UpdatedAtUtc", "UpdatedBy", "Version")
            .Insert(++counts.Conferences, planId, $"Hội nghị sơ kết 6 tháng đầu năm {year} (dữ liệu quy mô)", new DateOnly(year, 7, 15),
                "Trụ sở Ban Chỉ đạo 138/TP", "Trưởng Ban Chỉ đạo", periodStart, new DateOnly(year, 6, 30), new DateOnly(year, 6, 30),
                HanoiTime.StartOfDayUtc(new DateOnly(year, 7, 1)), Author, writer.NewGuid());
    }

    /// <summary>An assignment's history from its start: a change every 4 to 9 days until it is finished, early or late by the unit's pace.</summary>
    private (AssignmentState State, int Progress, DateOnly? CompletedOn, DateTime AtUtc) WriteHistory(
        Writer writer, Writer.Table history, Counter counts, int assignmentId, int unitId, DateOnly start, DateOnly due, DateOnly lastDay)
    {
        var pace = (unitId * 37 % 11) - 5;
        var finish = due.AddDays((pace * 8) + _random.Next(-10, 11));
        if (finish < start.AddDays(14))
        {
            finish = start.AddDays(14);
        }

        var completes = finish <= lastDay;
        var state = AssignmentState.NotStarted;
        var progress = 0;
        var at = ChangedAt(start);
        history.Insert(assignmentId, at, Author, null, (int)state, null, 0, null, "Giao nhiệm vụ (dữ liệu quy mô)", writer.NewGuid());
        counts.AssignmentHistory++;

        var totalDays = finish.DayNumber - start.DayNumber;
        for (var day = start.AddDays(_random.Next(4, 10)); day < finish && day <= lastDay; day = day.AddDays(_random.Next(4, 10)))
        {
            var expected = 100 * (day.DayNumber - start.DayNumber) / totalDays;
            var next = Math.Clamp(Math.Max(progress, expected - _random.Next(0, 10)) / 5 * 5, 5, 95);
            at = ChangedAt(day);
            history.Insert(assignmentId, at, Author, (int)state, (int)AssignmentState.InProgress, progress, next, null,
                next == progress ? "Cập nhật tình hình (dữ liệu quy mô)" : null, writer.NewGuid());
            counts.AssignmentHistory++;
            state = AssignmentState.InProgress;
            progress = next;
        }

        if (!completes)
        {
            return (state, progress, null, at);
        }

        at = ChangedAt(finish);
        history.Insert(assignmentId, at, Author, (int)state, (int)AssignmentState.Completed, progress, 100, finish,
            "Hoàn thành (dữ liệu quy mô)", writer.NewGuid());
        counts.AssignmentHistory++;
        return (AssignmentState.Completed, 100, finish, at);
    }

    /// <summary>Quarterly reports owed by every unit: most arrive (some late), a few are returned once and sent again.</summary>
    private void WriteReports(Writer writer, Counter counts, int planId, int year, List<(int Id, UnitKind Kind)> units)
    {
        var types = writer.Prepare("ReportTypes", "Id", "PlanId", "Code", "NameVi", "NameEn", "PeriodStart", "PeriodEnd", "CutoffDate", "DueDate", "SortOrder");
        var expected = writer.Prepare("ExpectedReports", "ReportTypeId", "UnitId");
        var reports = writer.Prepare("UnitReports", "Id", "ReportTypeId", "UnitId", "Summary", "State", "SubmittedAtUtc", "SubmittedBy", "UpdatedAtUtc", "ReturnReason", "Version");
        var history = writer.Prepare("UnitReportHistory", "UnitReportId", "ChangedAtUtc", "ChangedBy", "Change", "Summary", "Reason", "Version");
        for (var quarter = 1; quarter <= QuartersPerPlan; quarter++)
        {
            var typeId = ++counts.ReportTypes;
            var periodStart = new DateOnly(year, (quarter * 3) - 2, 1);
            var periodEnd = periodStart.AddMonths(3).AddDays(-1);
            var due = periodEnd.AddDays(10);
            types.Insert(typeId, planId, $"Q{quarter}-{year}", $"Báo cáo quý {quarter}/{year}", $"Report for Q{quarter} {year}",
                periodStart, periodEnd, periodEnd, due, quarter);
            foreach (var unit in units)
            {
                expected.Insert(typeId, unit.Id);
                counts.ExpectedReports++;
                var draw = _random.Next(0, 20);
                if (draw == 0)
                {
                    continue;
                }

                var reportId = ++counts.UnitReports;
                var submitted = ChangedAt(due.AddDays(_random.Next(-9, draw < 3 ? 30 : 1)));
                const string summary = "Báo cáo kết quả thực hiện trong kỳ (dữ liệu quy mô).";
                history.Insert(reportId, submitted, Author, (int)UnitReportChange.Submitted, summary, null, writer.NewGuid());
                counts.UnitReportHistory++;
                var state = UnitReportState.Submitted;
                string? reason = null;
                var updated = submitted;
                if (draw == 1)
                {
                    reason = "Thiếu số liệu, đề nghị bổ sung (dữ liệu quy mô).";
                    updated = submitted.AddDays(2);
                    history.Insert(reportId, updated, Author, (int)UnitReportChange.Returned, null, reason, writer.NewGuid());
                    counts.UnitReportHistory++;
                    state = UnitReportState.Returned;
                }

                reports.Insert(reportId, typeId, unit.Id, summary, (int)state, submitted, Author, updated, reason, writer.NewGuid());
            }
        }
    }

    /// <summary>Every unit's monthly figures for the year: district-level units report 16 indicators, agencies two or three.</summary>
    private void WriteFigures(
        Writer writer, Counter counts, int year, List<(int Id, UnitKind Kind)> units, List<(int Id, ReferenceIndicators.Definition Definition)> indicators)
    {
        var insert = writer.Prepare("IndicatorValues", "IndicatorId", "UnitId", "Year", "Month", "Value", "UpdatedAtUtc", "UpdatedBy", "Version");
        var district = indicators.Where(i => DistrictGroups.Contains(i.Definition.Group) || DistrictEnforcement.Contains(i.Definition.Code))
            .Select(i => i.Id).ToList();
        var agency = indicators.Where(i => AgencyIndicators.Contains(i.Definition.Code)).Select(i => i.Id).ToList();
        foreach (var unit in units)
        {
            var reported = unit.Kind.IsDistrictLevel() ? district : agency.Where((_, index) => (unit.Id + index) % 2 == 0).ToList();
            foreach (var indicatorId in reported)
            {
                for (var month = 1; month <= 12; month++)
                {
                    var updated = HanoiTime.StartOfDayUtc(new DateOnly(year, month, 1).AddMonths(1).AddDays(4)).AddHours(9);
                    insert.Insert(indicatorId, unit.Id, year, month, _random.Next(0, 40), updated, Author, writer.NewGuid());
                    counts.IndicatorValues++;
                }
            }
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private DateTime ChangedAt(DateOnly date) => HanoiTime.StartOfDayUtc(date).AddHours(8).AddMinutes(_random.Next(0, 540));

    private sealed class Counter
    {
        public int Units;
        public int Plans;
        public int Tasks;
        public int Assignments;
        public int AssignmentHistory;
        public int IndicatorValues;
        public int ReportTypes;
        public int ExpectedReports;
        public int UnitReports;
        public int UnitReportHistory;
        public int Conferences;

        public ScaleDataCounts ToCounts() => new(
            Units, Plans, Tasks, Assignments, AssignmentHistory, IndicatorValues, ReportTypes, ExpectedReports, UnitReports, UnitReportHistory, Conferences);
    }

    /// <summary>Prepared inserts on one connection and transaction; values are stored as EF Core stores them in SQLite.</summary>
    private sealed class Writer(SqliteConnection connection, SqliteTransaction transaction, Random random)
    {
        private readonly Dictionary<string, Table> _inserts = [];

        public Table Prepare(string table, params string[] columns)
        {
            if (!_inserts.TryGetValue(table, out var insert))
            {
                insert = new Table(connection.CreateCommand(), transaction, table, columns);
                _inserts.Add(table, insert);
            }

            return insert;
        }

        public void Execute(string sql)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        /// <summary>A version drawn from the seeded generator, as EF writes a Guid (upper-case text).</summary>
        public string NewGuid()
        {
            Span<byte> bytes = stackalloc byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes).ToString("D").ToUpperInvariant();
        }

        public sealed class Table
        {
            private readonly SqliteCommand _command;
            private readonly SqliteParameter[] _parameters;

            internal Table(SqliteCommand command, SqliteTransaction transaction, string table, string[] columns)
            {
                _command = command;
                _command.Transaction = transaction;
                _command.CommandText = string.Create(
                    CultureInfo.InvariantCulture,
                    $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})");
                _parameters = columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
                _command.Prepare();
            }

            public void Insert(params object?[] values)
            {
                for (var i = 0; i < values.Length; i++)
                {
                    _parameters[i].Value = values[i] switch
                    {
                        null => DBNull.Value,
                        bool flag => flag ? 1 : 0,
                        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                        var value => value,
                    };
                }

                _command.ExecuteNonQuery();
            }
        }
    }
}
