using System.Reflection;
using SteeringDashboard.Core.Backups;

namespace SteeringDashboard.Web.Hosting;

/// <summary>The scheduled backup (configuration section "Backup"); on by default outside Development.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    public bool Enabled { get; set; }

    /// <summary>How often a backup is taken; the first one an interval after start-up.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Where the archives go; relative paths are under the app's content root. Put it on another disk than the data.</summary>
    public string Folder { get; set; } = Path.Combine("App_Data", "backups");

    /// <summary>How many of the newest scheduled archives are kept; older ones are deleted after each successful run.</summary>
    public int Keep { get; set; } = 14;
}

public static class BackupServiceCollectionExtensions
{
    /// <summary>The configuration key that names the database provider; the backup here is for SQLite only.</summary>
    public const string ProviderKey = "Database:Provider";

    /// <summary>The app's version as the manifests record it (the informational version: version and commit).</summary>
    public static string AppVersion { get; } =
        typeof(BackupServiceCollectionExtensions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Whether the configured database is PostgreSQL, whose backup is pg_dump plus the files folder (docs/operations.md).</summary>
    public static bool IsPostgreSql(IConfiguration configuration) =>
        string.Equals(configuration[ProviderKey], "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The backup and restore of a SQLite install's data, and the scheduled backup when <c>Backup:Enabled</c> (by default outside
    /// Development) and the database is SQLite.
    /// </summary>
    public static IServiceCollection AddSteeringBackups(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, string connectionString, string filesFolder)
    {
        // Resolved only when used: a PostgreSQL connection string is not a SQLite one.
        services.AddSingleton(_ => DataLocation.Of(connectionString, filesFolder));
        services.AddSingleton<DataBackup>();
        services.AddSingleton<DataRestore>();

        var options = configuration.GetSection(BackupOptions.Section).Get<BackupOptions>() ?? new BackupOptions();
        options.Enabled = configuration.GetValue<bool?>($"{BackupOptions.Section}:{nameof(BackupOptions.Enabled)}") ?? !environment.IsDevelopment();
        options.Folder = Path.Combine(environment.ContentRootPath, options.Folder);
        if (options.Interval <= TimeSpan.Zero || options.Keep < 1)
        {
            throw new InvalidOperationException(
                $"{BackupOptions.Section}:{nameof(BackupOptions.Interval)} must be longer than zero and {BackupOptions.Section}:{nameof(BackupOptions.Keep)} at least 1.");
        }

        services.AddSingleton(options);
        services.AddSingleton<ScheduledBackup>();
        if (options.Enabled && !IsPostgreSql(configuration))
        {
            services.AddHostedService(provider => provider.GetRequiredService<ScheduledBackup>());
        }

        return services;
    }
}
