using System.Globalization;
using SteeringDashboard.Core.Backups;

namespace SteeringDashboard.Web.Hosting;

/// <summary>
/// <c>backup --to FILE</c> (while the app serves, from another process) and <c>restore --from FILE [--force]</c> (with the app
/// stopped): see <see cref="DataBackup"/> and <see cref="DataRestore"/>. They run before the start-up migrates or seeds
/// anything, print what they did and exit without starting the web server.
/// </summary>
public static class BackupCommands
{
    public const string Backup = "backup";
    public const string Restore = "restore";

    public static bool IsRequested(string[] args) => args is [Backup or Restore, ..];

    /// <summary>Runs the command; returns the process's exit code (0 done, 1 refused or failed, 2 wrong usage).</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IConfiguration configuration, string[] args, TextWriter output, TextWriter error)
    {
        if (BackupServiceCollectionExtensions.IsPostgreSql(configuration))
        {
            await error.WriteLineAsync(
                $"The database is PostgreSQL ({BackupServiceCollectionExtensions.ProviderKey}): back it up with pg_dump and copy the files folder, "
                + "and restore with pg_restore, as docs/operations.md describes. This command is for the SQLite database.");
            return 1;
        }

        return args[0] == Backup
            ? await BackupAsync(services.GetRequiredService<DataBackup>(), args, output, error)
            : await RestoreAsync(services.GetRequiredService<DataRestore>(), services.GetRequiredService<DataLocation>(), args, output, error);
    }

    private static async Task<int> BackupAsync(DataBackup backup, string[] args, TextWriter output, TextWriter error)
    {
        if (ValueOf(args, "--to") is not { } path || args.Length != 3)
        {
            await error.WriteLineAsync($"Usage: {Backup} --to FILE.zip");
            return 2;
        }

        try
        {
            var manifest = await backup.WriteAsync(path, BackupServiceCollectionExtensions.AppVersion);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
                Backed up to {Path.GetFullPath(path)} at {manifest.CreatedAtUtc:u} (schema {manifest.SchemaVersion}, app {manifest.AppVersion}):
                  {manifest.TotalRows:N0} rows in {manifest.Tables.Count} tables, {manifest.Files.Count:N0} files ({manifest.FileBytes:N0} bytes).
                """));
            return 0;
        }
        catch (BackupException refused)
        {
            await error.WriteLineAsync(refused.Message);
            return 1;
        }
    }

    private static async Task<int> RestoreAsync(DataRestore restore, DataLocation location, string[] args, TextWriter output, TextWriter error)
    {
        var force = args.Contains("--force");
        if (ValueOf(args, "--from") is not { } path || args.Length != (force ? 4 : 3))
        {
            await error.WriteLineAsync($"Usage: {Restore} --from FILE.zip [--force] (with the app stopped)");
            return 2;
        }

        switch (await restore.RestoreAsync(path, force))
        {
            case RestoreOutcome.Restored restored:
                var manifest = restored.Manifest;
                var lines = new List<string>
                {
                    string.Create(CultureInfo.InvariantCulture,
                        $"Restored the backup of {manifest.CreatedAtUtc:u} (app {manifest.AppVersion}) into {location.DatabasePath} and {location.FilesFolder}:"),
                    string.Create(CultureInfo.InvariantCulture,
                        $"  {manifest.TotalRows:N0} rows in {manifest.Tables.Count} tables and {manifest.Files.Count:N0} files ({manifest.FileBytes:N0} bytes), checked against the manifest; integrity check ok."),
                    manifest.SchemaVersion == restored.SchemaVersion
                        ? $"  Schema {restored.SchemaVersion}, the current one."
                        : $"  Schema {manifest.SchemaVersion}, migrated to {restored.SchemaVersion}.",
                };
                lines.AddRange(manifest.Tables.Select(t => string.Create(CultureInfo.InvariantCulture, $"    {t.Key}: {t.Value:N0}")));
                if (restored.MovedAsideTo is not null)
                {
                    lines.Add($"  The data that was there before is in {restored.MovedAsideTo}.");
                }

                await output.WriteLineAsync(string.Join(Environment.NewLine, lines));
                return 0;
            case RestoreOutcome.Refused refused:
                await error.WriteLineAsync($"Nothing was restored and nothing changed: {refused.Reason}");
                return 1;
            default:
                throw new InvalidOperationException("Unknown restore outcome.");
        }
    }

    private static string? ValueOf(string[] args, string option)
    {
        var index = Array.IndexOf(args, option);
        return index >= 0 && index + 1 < args.Length && !args[index + 1].StartsWith("--", StringComparison.Ordinal) ? args[index + 1] : null;
    }
}
