using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using NpgsqlTypes;

namespace SteeringDashboard.Core.Data;

/// <summary>
/// The few pieces of raw SQL that differ between SQLite and PostgreSQL, and the parameters each provider takes. The rest of
/// the raw SQL is written once: unquoted names (lower-cased on PostgreSQL, see <see cref="PostgreSqlModel"/>), CASE for
/// counting, TRUE for booleans.
/// </summary>
internal abstract class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();
    public static readonly SqlDialect PostgreSql = new PostgreSqlDialect();

    private static readonly string HoursAheadOfUtc = HanoiTime.Offset.TotalHours.ToString(CultureInfo.InvariantCulture);

    public static SqlDialect Of(DatabaseFacade database) => database.IsNpgsql() ? PostgreSql : Sqlite;

    /// <summary>The UTC instant (comparable with stored DateTime columns) at which the Ha Noi date in <paramref name="dateExpression"/> ends.</summary>
    public abstract string EndOfDayUtc(string dateExpression);

    /// <summary>The distinct non-null values of <paramref name="expression"/> in a group, joined by commas (null when there are none).</summary>
    public abstract string JoinDistinct(string expression);

    /// <summary>A table source of the dates in the parameter made by <see cref="DatesParameter"/>, one row each, in a column named value.</summary>
    public abstract string Dates(string parameterName);

    public abstract DbParameter Parameter(string name, object? value);

    /// <summary>A text parameter that may be null (PostgreSQL must know the type of a null).</summary>
    public abstract DbParameter TextParameter(string name, string? value);

    public abstract DbParameter DatesParameter(string name, IEnumerable<DateOnly> dates);

    private sealed class SqliteDialect : SqlDialect
    {
        // EF Core stores DateTime in SQLite as text "yyyy-MM-dd HH:mm:ss.FFFFFFF": this text orders with it.
        public override string EndOfDayUtc(string dateExpression) =>
            $"strftime('%Y-%m-%d %H:%M:%S', {dateExpression}, '+1 day', '-{HoursAheadOfUtc} hours')";

        public override string JoinDistinct(string expression) => $"group_concat(DISTINCT {expression})";

        public override string Dates(string parameterName) => $"json_each({parameterName})";

        public override DbParameter Parameter(string name, object? value) => new SqliteParameter(name, value ?? DBNull.Value);

        public override DbParameter TextParameter(string name, string? value) => new SqliteParameter(name, (object?)value ?? DBNull.Value);

        // Dates as EF Core stores DateOnly in SQLite, so that they compare with the stored ones.
        public override DbParameter DatesParameter(string name, IEnumerable<DateOnly> dates) =>
            new SqliteParameter(name, JsonSerializer.Serialize(dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
    }

    private sealed class PostgreSqlDialect : SqlDialect
    {
        public override string EndOfDayUtc(string dateExpression) =>
            $"((CAST({dateExpression} AS date) + 1)::timestamp - interval '{HoursAheadOfUtc} hours') AT TIME ZONE 'UTC'";

        public override string JoinDistinct(string expression) => $"string_agg(DISTINCT CAST({expression} AS text), ',')";

        public override string Dates(string parameterName) => $"unnest({parameterName}) AS value";

        public override DbParameter Parameter(string name, object? value) => new NpgsqlParameter(name, value ?? DBNull.Value);

        public override DbParameter TextParameter(string name, string? value) =>
            new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

        public override DbParameter DatesParameter(string name, IEnumerable<DateOnly> dates) =>
            new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = dates.ToArray() };
    }
}

/// <summary>A raw SQL text built once per dialect, on first use.</summary>
internal sealed class DialectSql(Func<SqlDialect, string> build)
{
    private readonly Lazy<string> _sqlite = new(() => build(SqlDialect.Sqlite));
    private readonly Lazy<string> _postgreSql = new(() => build(SqlDialect.PostgreSql));

    public string For(SqlDialect dialect) => dialect == SqlDialect.PostgreSql ? _postgreSql.Value : _sqlite.Value;
}
