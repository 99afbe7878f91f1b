using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Seed;

namespace SteeringDashboard.Web.Hosting;

/// <summary>
/// <c>generate-scale-data --years 10 --units 600</c>: fills a fresh database with years of deterministic plans, history and figures
/// for the benchmarks (<see cref="ScaleDataGenerator"/>), prints what it wrote and exits without starting the web server.
/// </summary>
public static class ScaleDataCommand
{
    public const string Name = "generate-scale-data";
    public const int DefaultYears = 10;
    public const int DefaultUnits = 600;

    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Writes the data; returns the process's exit code (0 written, 1 refused, 2 wrong usage).</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var years = NumberOf(args, "--years", DefaultYears, ScaleDataOptions.MaxYears);
        var units = NumberOf(args, "--units", DefaultUnits, ScaleDataOptions.MaxUnits);
        if (years is null || units is null)
        {
            await error.WriteLineAsync(
                $"Usage: {Name} [--years 1..{ScaleDataOptions.MaxYears}] [--units 1..{ScaleDataOptions.MaxUnits}] (defaults: {DefaultYears} years, {DefaultUnits} units)");
            return 2;
        }

        var factory = services.GetRequiredService<IDbContextFactory<SteeringDbContext>>();
        var clock = Stopwatch.StartNew();
        try
        {
            var counts = await new ScaleDataGenerator(factory).GenerateAsync(new ScaleDataOptions(years.Value, units.Value));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
                Wrote {counts.Total:N0} rows in {clock.Elapsed.TotalSeconds:F1} s ({years} years to {ScaleDataGenerator.LastYear}, {units} units):
                  {counts.Plans:N0} plans, {counts.Tasks:N0} tasks, {counts.Assignments:N0} assignments, {counts.AssignmentHistory:N0} assignment history rows,
                  {counts.IndicatorValues:N0} monthly figures, {counts.ReportTypes:N0} report types, {counts.ExpectedReports:N0} expected reports,
                  {counts.UnitReports:N0} unit reports, {counts.UnitReportHistory:N0} report history rows, {counts.Conferences:N0} conferences, {counts.Units:N0} units.
                """));
            return 0;
        }
        catch (ScaleDataRefusedException refused)
        {
            await error.WriteLineAsync(refused.Message);
            return 1;
        }
    }

    private static int? NumberOf(string[] args, string option, int defaultValue, int max)
    {
        var index = Array.IndexOf(args, option);
        if (index < 0)
        {
            return defaultValue;
        }

        return index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max
            ? value
            : null;
    }
}
