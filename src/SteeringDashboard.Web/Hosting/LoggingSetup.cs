using System.Globalization;
using System.Security.Claims;
using Serilog;
using Serilog.Formatting.Compact;

namespace SteeringDashboard.Web.Hosting;

/// <summary>
/// Where the log goes: the console and a daily file (14 kept) under <c>Logging:Folder</c> (default: the content root's
/// <c>logs</c>), as text or, with <c>Logging:Json=true</c>, as one JSON object per line (Serilog's compact format) for a log
/// collector. Request logs carry the request id (from the request's scope) and the signed-in account's id.
/// </summary>
public static class LoggingSetup
{
    public const string JsonKey = "Logging:Json";
    public const string FolderKey = "Logging:Folder";

    public static LoggerConfiguration WriteToSteeringSinks(this LoggerConfiguration logger, IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = configuration[FolderKey] is { Length: > 0 } configured ? configured : Path.Combine(environment.ContentRootPath, "logs");
        var path = Path.Combine(folder, "steering-.log");
        if (configuration.GetValue<bool>(JsonKey))
        {
            return logger
                .WriteTo.Console(new CompactJsonFormatter())
                .WriteTo.File(new CompactJsonFormatter(), path, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
        }

        return logger
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(
                path,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                formatProvider: CultureInfo.InvariantCulture,
                outputTemplate: "{Timestamp:O} [{Level:u3}] {SourceContext} {Message:lj} {Properties:j}{NewLine}{Exception}");
    }

    /// <summary>
    /// Writes each request's completion log to the app's logger (the static one is only the start-up's console logger) with the
    /// account's id, never its name or anything typed.
    /// </summary>
    public static IApplicationBuilder UseSteeringRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
                {
                    diagnostics.Set("UserId", userId);
                }
            };
        });
}
