using System.Diagnostics;
using System.Globalization;
using SteeringDashboard.Core.Backups;
using SteeringDashboard.Web.Monitoring;

namespace SteeringDashboard.Web.Hosting;

/// <summary>
/// Takes a backup every <see cref="BackupOptions.Interval"/> into <see cref="BackupOptions.Folder"/> with the same code as the
/// backup command, keeps the newest <see cref="BackupOptions.Keep"/>, and logs each run. A failed run is logged and counted
/// (<see cref="SteeringMetrics.BackupFailed"/>); the app serves on and the next run tries again.
/// </summary>
public sealed class ScheduledBackup(
    DataBackup backup, BackupOptions options, SteeringMetrics metrics, TimeProvider clock, ILogger<ScheduledBackup> logger) : BackgroundService
{
    public const string FilePrefix = "steering-";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Scheduled backups every {Interval} into {Folder}, keeping {Keep}", options.Interval, options.Folder, options.Keep);
        using var timer = new PeriodicTimer(options.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunOnceAsync(stoppingToken);
        }
    }

    /// <summary>Takes one backup and prunes the older ones; true when it was written.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var path = Path.Combine(options.Folder, string.Create(CultureInfo.InvariantCulture, $"{FilePrefix}{now.UtcDateTime:yyyyMMdd-HHmmss}Z.zip"));
        var watch = Stopwatch.StartNew();
        try
        {
            var manifest = await backup.WriteAsync(path, BackupServiceCollectionExtensions.AppVersion, cancellationToken);
            metrics.BackupSucceeded(now);
            logger.LogInformation(
                "Backup written to {Path} in {Seconds:F1} s: {Rows} rows in {Tables} tables, {Files} files ({FileBytes} bytes), schema {SchemaVersion}",
                path, watch.Elapsed.TotalSeconds, manifest.TotalRows, manifest.Tables.Count, manifest.Files.Count, manifest.FileBytes, manifest.SchemaVersion);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            metrics.BackupFailed();
            logger.LogError(failure, "Scheduled backup to {Path} failed after {Seconds:F1} s; the next runs in {Interval}", path, watch.Elapsed.TotalSeconds, options.Interval);
            return false;
        }

        Prune();
        return true;
    }

    private void Prune()
    {
        var older = new DirectoryInfo(options.Folder).EnumerateFiles($"{FilePrefix}*.zip")
            .OrderByDescending(file => file.Name, StringComparer.Ordinal)
            .Skip(options.Keep);
        foreach (var file in older)
        {
            try
            {
                file.Delete();
                logger.LogInformation("Deleted the older backup {Path} (keeping {Keep})", file.FullName, options.Keep);
            }
            catch (IOException failure)
            {
                logger.LogWarning(failure, "Could not delete the older backup {Path}", file.FullName);
            }
        }
    }
}
