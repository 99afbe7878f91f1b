using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SteeringDashboard.Benchmarks;

/// <summary>
/// The SQL a screen runs, captured from EF with its parameters written in as literals, as one script for the sqlite3 command line.
/// </summary>
public sealed partial class CapturedSql : DbCommandInterceptor
{
    private readonly List<string> _statements = [];

    public int Count => _statements.Count;

    public string Script => string.Join("\n", _statements);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        var parameters = command.Parameters.Cast<DbParameter>().ToDictionary(p => p.ParameterName.TrimStart('@', '$', ':'), p => Literal(p.Value));
        var sql = ParameterPattern().Replace(command.CommandText, m => parameters.TryGetValue(m.Groups[1].Value, out var literal) ? literal : m.Value);
        _statements.Add(sql.TrimEnd().TrimEnd(';') + ";");
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <summary>Runs <paramref name="script"/> in the sqlite3 command line on <paramref name="databasePath"/>, reading all its output.</summary>
    public static void RunInSqlite3(string databasePath, string script)
    {
        var start = new ProcessStartInfo("sqlite3", ["-bail", databasePath])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("sqlite3 did not start (apt-get install -y sqlite3).");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"sqlite3 failed ({process.ExitCode}): {error.Result}");
        }
    }

    private static string Literal(object? value) => value switch
    {
        null or DBNull => "NULL",
        string text => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'",
        bool flag => flag ? "1" : "0",
        DateOnly date => $"'{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'",
        DateTime time => $"'{time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)}'",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => $"'{value}'",
    };

    [GeneratedRegex(@"[@$:](\w+)")]
    private static partial Regex ParameterPattern();
}
