using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using SteeringDashboard.Core.Live;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Hosting;
using SteeringDashboard.Web.Monitoring;

namespace SteeringDashboard.Web.Tests.Hosting;

/// <summary>
/// The collection of what a burst of opened screens left, at the first quiet moment after it: when the policy asks for it,
/// what the collector does then, and the runtime's side of it.
/// </summary>
public sealed class IdleCollectionTests
{
    private const long MB = 1024 * 1024;

    private static readonly IdleCollectionOptions Options = new() { BurstCircuits = 200, QuietKilobytes = 1024 };

    [Fact]
    public void ABurstOfScreensIsCollectedInTheFirstQuietIntervalAndOnlyOnce()
    {
        var policy = new IdleCollectionPolicy(Options);

        Assert.False(policy.IsDue(new MemorySample(0, 0, 0), 0));
        Assert.False(policy.IsDue(new MemorySample(900 * MB, 0, 0), 500));
        Assert.True(policy.IsDue(new MemorySample((900 * MB) + (512 * 1024), 0, 0), 500));
        Assert.False(policy.IsDue(new MemorySample((900 * MB) + (512 * 1024), 0, 0), 500));
        Assert.False(policy.IsDue(new MemorySample((900 * MB) + (512 * 1024), 0, 0), 699));
        Assert.True(policy.IsDue(new MemorySample((900 * MB) + (512 * 1024), 0, 0), 700));
    }

    [Fact]
    public void AnIntervalInWhichTheRuntimeCollectedIsNotQuiet()
    {
        // The runtime's own collection of the burst paused the app while screens were still opening.
        var policy = new IdleCollectionPolicy(Options);
        policy.IsDue(new MemorySample(900 * MB, 180 * MB, 6), 300);

        Assert.False(policy.IsDue(new MemorySample(900 * MB, 340 * MB, 8), 300));
        Assert.True(policy.IsDue(new MemorySample(900 * MB, 340 * MB, 8), 300));
    }

    [Fact]
    public void NothingIsCollectedWhileTheAppKeepsAllocating()
    {
        var policy = new IdleCollectionPolicy(Options);

        for (var interval = 0; interval <= 10; interval++)
        {
            Assert.False(policy.IsDue(new MemorySample(interval * 2 * MB, 350 * MB, 0), 500));
        }
    }

    [Fact]
    public void AFewDozenScreensOrTheLiveChangesGarbageInGeneration1AreLeftAlone()
    {
        // Their state, or the garbage live changes promoted, is the runtime's to collect when it sees fit.
        var policy = new IdleCollectionPolicy(Options);
        policy.IsDue(new MemorySample(0, 400 * MB, 0), 20);

        Assert.False(policy.IsDue(new MemorySample(0, 400 * MB, 0), 20));
        Assert.False(policy.IsDue(new MemorySample(0, 400 * MB, 0), 199));
        Assert.True(policy.IsDue(new MemorySample(0, 0, 0), 200));
    }

    [Fact]
    public async Task TheCollectorCollectsOnceAfterABurstLogsItAndCountsHowLongItTook()
    {
        var memory = new ScriptedMemory(
            [new MemorySample(0, 0, 0), new MemorySample(900 * MB, 350 * MB, 0)],
            quiet: new MemorySample(900 * MB, 350 * MB, 0),
            afterCollection: new MemorySample(900 * MB, MB, 1),
            pause: TimeSpan.FromMilliseconds(40));
        var meters = new TestMeterFactory();
        using var collections = new MetricCollector<double>(meters, SteeringMetrics.MeterName, "steering.gc.idle_collection.duration");
        var log = new FakeLogger<IdleCollector>();
        var openings = new CircuitOpenings();
        var handler = new CircuitOpenings.Handler(openings);
        for (var circuit = 0; circuit < 500; circuit++)
        {
            await handler.OnCircuitOpenedAsync(null!, TestContext.Current.CancellationToken);
        }

        var collector = new IdleCollector(
            memory, openings, new IdleCollectionOptions { Interval = TimeSpan.FromMilliseconds(5) },
            new SteeringMetrics(meters, new ChangeNotifier(NullLogger<ChangeNotifier>.Instance)), TimeProvider.System, log);

        await collector.StartAsync(TestContext.Current.CancellationToken);
        await memory.ReadsAfterCollection(20).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await collector.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, memory.Collections);
        Assert.Equal(0.04, Assert.Single(collections.GetMeasurementSnapshot()).Value, precision: 3);
        Assert.Equal(
            "Collected while quiet after 500 screens opened, in 40 ms: generation 1 held 350 MB before, 1 MB after",
            Assert.Single(log.Collector.GetSnapshot()).Message);
    }

    [Fact]
    public void TheRuntimesMemoryCountsAllocationsAndCollectsEveryGeneration()
    {
        var memory = new RuntimeMemory();
        var before = memory.Read();
        var fullCollections = GC.CollectionCount(GC.MaxGeneration);

        var block = GC.AllocateUninitializedArray<byte>(4 * (int)MB);
        var allocated = memory.Read();
        var took = memory.CollectAll();

        Assert.True(allocated.AllocatedBytes - before.AllocatedBytes >= block.Length);
        Assert.True(GC.CollectionCount(GC.MaxGeneration) > fullCollections);
        Assert.True(took > TimeSpan.Zero);
        Assert.True(memory.Read().Collections > allocated.Collections);
        GC.KeepAlive(block);
    }

    [Fact]
    public void TheCollectorRunsUnlessTheConfigurationTurnsItOff()
    {
        Assert.Contains(HostedServices(new()), service => service is IdleCollector);
        Assert.DoesNotContain(HostedServices(new() { ["IdleCollection:Enabled"] = "false" }), service => service is IdleCollector);
    }

    [Fact]
    public async Task EveryScreenOpenedIsCountedForTheCollector()
    {
        await using var services = new ServiceCollection().AddIdleCollection(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var openings = services.GetRequiredService<CircuitOpenings>();

        for (var screen = 0; screen < 3; screen++)
        {
            await using var circuit = services.CreateAsyncScope();
            foreach (var handler in circuit.ServiceProvider.GetServices<CircuitHandler>())
            {
                await handler.OnCircuitOpenedAsync(null!, TestContext.Current.CancellationToken);
            }
        }

        Assert.Equal(3, openings.Count);
    }

    [Fact]
    public void SettingsThatCannotWorkStopTheStartWithWhatIsWrong()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["IdleCollection:BurstCircuits"] = "0" }).Build();

        var refused = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddIdleCollection(settings));

        Assert.Equal(
            "IdleCollection: Interval and BurstCircuits must be positive and QuietKilobytes not negative; they are 00:00:00.1000000, 0 and 1024.",
            refused.Message);
    }

    private static List<IHostedService> HostedServices(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection()
            .AddLogging()
            .AddMetrics()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<ChangeNotifier>()
            .AddSingleton<SteeringMetrics>()
            .AddIdleCollection(configuration)
            .BuildServiceProvider();
        return services.GetServices<IHostedService>().ToList();
    }

    /// <summary>Reads the scripted samples in turn, then the quiet one until a collection, then the one after it for good.</summary>
    private sealed class ScriptedMemory(MemorySample[] script, MemorySample quiet, MemorySample afterCollection, TimeSpan pause) : IRuntimeMemory
    {
        private readonly Queue<MemorySample> _script = new(script);
        private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
        private int _readsAfterCollection;
        private int _collections;

        public int Collections
        {
            get
            {
                lock (_waiters)
                {
                    return _collections;
                }
            }
        }

        public Task ReadsAfterCollection(int count)
        {
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_waiters)
            {
                _waiters.Add((count, reached));
                Release();
            }

            return reached.Task;
        }

        public MemorySample Read()
        {
            lock (_waiters)
            {
                if (_script.TryDequeue(out var next))
                {
                    return next;
                }

                if (_collections == 0)
                {
                    return quiet;
                }

                _readsAfterCollection++;
                Release();
                return afterCollection;
            }
        }

        public TimeSpan CollectAll()
        {
            lock (_waiters)
            {
                _collections++;
            }

            return pause;
        }

        private void Release()
        {
            foreach (var (count, reached) in _waiters.Where(w => _readsAfterCollection >= w.Count))
            {
                reached.TrySetResult();
            }
        }
    }
}
