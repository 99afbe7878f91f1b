using Npgsql;

namespace SteeringDashboard.TestSupport;

/// <summary>
/// An empty database of its own on the test PostgreSQL server (the connection string in STEERING_TEST_POSTGRES, which
/// scripts/test.sh sets), dropped afterwards.
/// </summary>
public sealed class EmptyPostgresDatabase(string purpose) : IAsyncDisposable
{
    public const string ServerVariable = "STEERING_TEST_POSTGRES";

    private readonly string _name = $"steering_test_{purpose}_{Guid.NewGuid():N}";

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ConnectionString;

    /// <summary>The test server's connection string.</summary>
    public static string Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{ServerVariable} is not set: run the tests with scripts/test.sh, or set it to a PostgreSQL connection string.");

    public async ValueTask InitializeAsync() => await RunOnServerAsync($"CREATE DATABASE \"{_name}\"");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static async Task RunOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
