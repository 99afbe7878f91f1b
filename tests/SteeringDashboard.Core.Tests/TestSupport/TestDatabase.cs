using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Tests.TestSupport;

/// <summary>
/// A migrated database of its own for one test, dropped afterwards; counts the SQL commands it runs. It is a SQLite file,
/// or, when <see cref="PostgresVariable"/> names a PostgreSQL server, a database on that server copied from a template
/// migrated (and seeded the same way) once per test run, so that the same tests run against both providers.
/// </summary>
public sealed partial class TestDatabase : IAsyncDisposable, IDbContextFactory<SteeringDbContext>
{
    /// <summary>
    /// The environment variable with a connection string to a PostgreSQL server (a user that may create databases, no
    /// database named), e.g. <c>Host=127.0.0.1;Port=55432;Username=postgres</c>. scripts/test.sh sets it for its second run.
    /// </summary>
    public const string PostgresVariable = "STEERING_TEST_POSTGRES";

    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];
    private static readonly ConcurrentDictionary<(bool Seed, bool DemoData), Lazy<Task<string>>> Templates = new();

    private readonly QueryProbe _counter = new();
    private readonly string _name;

    private TestDatabase(DatabaseProvider provider, string name)
    {
        Provider = provider;
        _name = name;
        ConnectionString = provider == DatabaseProvider.PostgreSQL
            ? new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, Pooling = false }.ConnectionString
            : $"Data Source={name};Pooling=False";
    }

    /// <summary>The provider the test suite runs against in this run.</summary>
    public static DatabaseProvider RunProvider => PostgresServer is null ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSQL;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>SQL commands executed since the last <see cref="ResetCommandCount"/>.</summary>
    public int CommandCount => _counter.Count;

    /// <summary>A database on the run's provider; <paramref name="seedHere"/> seeds it in place instead of copying a seeded template (for the tests of the seed itself).</summary>
    public static async Task<TestDatabase> CreateAsync(bool seed = false, bool demoData = false, bool seedHere = false)
    {
        if (PostgresServer is null)
        {
            return await CreateSqliteAsync(seed, demoData);
        }

        var database = new TestDatabase(DatabaseProvider.PostgreSQL, $"steering_test_{RunId}_{Guid.NewGuid():N}");
        var template = await Templates.GetOrAdd((seed && !seedHere, demoData && !seedHere), CreateTemplate).Value;
        await ExecuteOnServerAsync($"CREATE DATABASE \"{database._name}\" TEMPLATE \"{template}\"");
        if (seedHere)
        {
            await database.InitializeAsync(seed, demoData);
        }

        database.ResetCommandCount();
        return database;
    }

    /// <summary>A SQLite file whatever the run's provider: for the tests of SQLite itself (query plans, its own SQL).</summary>
    public static async Task<TestDatabase> CreateSqliteAsync(bool seed = false, bool demoData = false)
    {
        var database = new TestDatabase(DatabaseProvider.Sqlite, Path.Combine(Path.GetTempPath(), $"steering-test-{Guid.NewGuid():N}.db"));
        await database.InitializeAsync(seed, demoData);
        database.ResetCommandCount();
        return database;
    }

    public SteeringDbContext CreateDbContext() => CreateDbContext(_counter);

    /// <summary>A context that also runs <paramref name="interceptors"/>.</summary>
    public SteeringDbContext CreateDbContext(params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<SteeringDbContext>();
        options.UseSteeringDatabase(Provider, ConnectionString).AddInterceptors(interceptors);
        return new(options.Options);
    }

    public void ResetCommandCount() => _counter.Reset();

    /// <summary>The access guard the services take, auditing its refusals into this store at <paramref name="clock"/>'s time.</summary>
    public AccessGuard Guard(TimeProvider clock) => new(this, new AuditLog(this, clock, NullLogger<AuditLog>.Instance));

    /// <summary>The id of the unit with <paramref name="code"/>.</summary>
    public async Task<int> UnitIdAsync(string code)
    {
        await using var db = CreateDbContext();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// Makes every insert into <paramref name="table"/> (only those where <paramref name="when"/> holds on NEW, when given)
    /// fail as a full disk would, for the tests of a save that fails part-way.
    /// </summary>
    public async Task FailInsertsAsync(string table, string? when = null)
    {
        var sql = Provider == DatabaseProvider.PostgreSQL
            ? $"""
              CREATE FUNCTION fail_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
              CREATE TRIGGER fail_{table} BEFORE INSERT ON {table} FOR EACH ROW {(when is null ? "" : $"WHEN ({when}) ")}EXECUTE FUNCTION fail_{table}();
              """
            : $"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table} {(when is null ? "" : $"WHEN {when} ")}BEGIN SELECT RAISE(ABORT, 'disk full'); END;";
        await using var db = CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// Runs a write that bypasses the services and asserts that a constraint of the database refuses it. The statement is
    /// written once for both providers: {text:N} stands for a text of N characters, {new-version} for a new version value.
    /// </summary>
    public async Task AssertRefusedAsync(string sql)
    {
        var postgres = Provider == DatabaseProvider.PostgreSQL;
        sql = LongText().Replace(sql, m => postgres ? $"repeat('x', {m.Groups[1].Value})" : $"printf('%.{m.Groups[1].Value}c', 'x')")
            .Replace("{new-version}", postgres ? "gen_random_uuid()" : "randomblob(16)", StringComparison.Ordinal);
        await using var db = CreateDbContext();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken));

        // SQLITE_CONSTRAINT, or PostgreSQL's class 23 (integrity constraint violation) or a text longer than its column
        // (22001): not a mistake in the statement.
        Assert.True(error is SqliteException { SqliteErrorCode: 19 } or PostgresException { SqlState: ['2', '3', ..] or "22001" }, error.Message);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.PostgreSQL)
        {
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _name, _name + "-wal", _name + "-shm" })
        {
            File.Delete(file);
        }
    }

    private Task InitializeAsync(bool seed, bool demoData) =>
        new DatabaseInitializer(this, TimeProvider.System, NullLogger<DatabaseInitializer>.Instance)
            .InitializeAsync(new SeedOptions { Enabled = seed, DemoData = demoData });

    private static Lazy<Task<string>> CreateTemplate((bool Seed, bool DemoData) variant) => new(async () =>
    {
        var template = new TestDatabase(DatabaseProvider.PostgreSQL, $"steering_template_{RunId}_{(variant.Seed ? 1 : 0)}{(variant.DemoData ? 1 : 0)}");
        await ExecuteOnServerAsync($"CREATE DATABASE \"{template._name}\"");
        await template.InitializeAsync(variant.Seed, variant.DemoData);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{template._name}\" WITH (FORCE)").GetAwaiter().GetResult();
        return template._name;
    });

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"\{text:(\d+)\}")]
    private static partial Regex LongText();
}
