using System.Globalization;
using Microsoft.Data.Sqlite;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Web.Hosting;

/// <summary>
/// <c>copy-to-postgresql --from App_Data/steering.db --to "Host=...;Database=...;Username=..."</c>: moves an installation
/// from SQLite to an empty PostgreSQL database (<see cref="SqliteToPostgreSqlCopy"/>), prints every table's row count and
/// checksum on both sides and exits without starting the web server. The source file is only read.
/// </summary>
public static class CopyToPostgreSqlCommand
{
    public const string Name = "copy-to-postgresql";

    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Copies; returns the process's exit code (0 copied, 1 refused or not the same on both sides, 2 wrong usage).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var from = ValueOf(args, "--from");
        var to = ValueOf(args, "--to");
        if (from is null || to is null)
        {
            await error.WriteLineAsync($"Usage: {Name} --from PATH-OF-THE-SQLITE-FILE --to \"Host=...;Database=...;Username=...;Password=...\"");
            return 2;
        }

        if (!File.Exists(from))
        {
            await error.WriteLineAsync($"There is no SQLite database at {Path.GetFullPath(from)}.");
            return 2;
        }

        var source = new SqliteConnectionStringBuilder { DataSource = from, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString;
        IReadOnlyList<TableCopy> copies;
        try
        {
            copies = await new SqliteToPostgreSqlCopy(source, to).RunAsync();
        }
        catch (CopyRefusedException refused)
        {
            await error.WriteLineAsync(refused.Message);
            return 1;
        }

        await output.WriteLineAsync($"{"table",-32} {"rows (SQLite)",14} {"rows (PostgreSQL)",18}  checksums");
        foreach (var copy in copies)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{copy.Table,-32} {copy.SourceRows,14:N0} {copy.TargetRows,18:N0}  {(copy.Matches ? "same" : $"DIFFER {copy.SourceChecksum} {copy.TargetChecksum}")}"));
        }

        if (copies.All(c => c.Matches))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Copied {copies.Sum(c => c.SourceRows):N0} rows in {copies.Count} tables; every table has the same rows on both sides."));
            return 0;
        }

        await error.WriteLineAsync("Some tables differ: nothing was committed, the PostgreSQL database is as it was.");
        return 1;
    }

    private static string? ValueOf(string[] args, string option)
    {
        var index = Array.IndexOf(args, option);
        return index >= 0 && index + 1 < args.Length && args[index + 1].Length > 0 ? args[index + 1] : null;
    }
}
