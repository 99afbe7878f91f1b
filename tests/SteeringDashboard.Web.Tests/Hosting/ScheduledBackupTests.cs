using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SteeringDashboard.Core.Backups;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Web.Hosting;
using SteeringDashboard.Web.Monitoring;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Hosting;

/// <summary>The scheduled backup's runs: each written and logged, the older ones pruned, a failure logged and counted without throwing.</summary>
public sealed class ScheduledBackupTests : IAsyncLifetime
{
    private readonly TemporaryDatabase _database = new();
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("steering-scheduled-");
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 12, 5, 2, 0, 0, TimeSpan.Zero));
    private readonly FakeLogger<ScheduledBackup> _log = new();
    private ServiceProvider _services = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _services = new ServiceCollection().AddLogging().AddSteeringData(_database.ConnectionString).BuildServiceProvider();
        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync(new SeedOptions(), Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
        _work.Delete(recursive: true);
    }

    [Fact]
    public async Task EachRunWritesAnArchiveLogsItAndKeepsOnlyTheNewest()
    {
        var (backup, runs) = Scheduled(DataLocation.Of(_database.ConnectionString, Path.Combine(_work.FullName, "files")));

        for (var run = 0; run < 3; run++)
        {
            Assert.True(await backup.RunOnceAsync(Cancellation));
            _clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(["steering-20261205-030000Z.zip", "steering-20261205-040000Z.zip"], Directory.EnumerateFiles(Folder).Select(Path.GetFileName).Order());
        Assert.Equal(3, runs.GetMeasurementSnapshot().Count(m => Equals(m.Tags["outcome"], "succeeded")));
        Assert.Equal(3, _log.Collector.GetSnapshot().Count(r => r.Message.StartsWith("Backup written to ", StringComparison.Ordinal)));
        Assert.Contains(_log.Collector.GetSnapshot(), r => r.Message.StartsWith("Deleted the older backup ", StringComparison.Ordinal) && r.Message.Contains("020000Z", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFailedRunIsLoggedAndCountedAndDoesNotThrow()
    {
        var (backup, runs) = Scheduled(new DataLocation(Path.Combine(_work.FullName, "gone", "steering.db"), Path.Combine(_work.FullName, "files")));

        Assert.False(await backup.RunOnceAsync(Cancellation));

        Assert.Equal(1, runs.GetMeasurementSnapshot().Count(m => Equals(m.Tags["outcome"], "failed")));
        var error = Assert.Single(_log.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.StartsWith("Scheduled backup to ", error.Message, StringComparison.Ordinal);
        Assert.IsType<BackupException>(error.Exception);
        Assert.False(Directory.Exists(Folder) && Directory.EnumerateFiles(Folder).Any());
    }

    private string Folder => Path.Combine(_work.FullName, "backups");

    private (ScheduledBackup Backup, MetricCollector<long> Runs) Scheduled(DataLocation location)
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        var metrics = new SteeringMetrics(meters, _services.GetRequiredService<ChangeNotifier>());
        var runs = new MetricCollector<long>(meters, SteeringMetrics.MeterName, "steering.backups");
        var options = new BackupOptions { Enabled = true, Folder = Folder, Keep = 2 };
        return (new ScheduledBackup(new DataBackup(location, _clock), options, metrics, _clock, _log), runs);
    }
}
