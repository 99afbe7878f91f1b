using System.Diagnostics;
using System.Globalization;
using SteeringDashboard.Web.Monitoring;

namespace SteeringDashboard.Web.Hosting;

/// <summary>
/// <c>IdleCollection</c> in the configuration: whether the state a burst of allocation left in generation 1 is collected at
/// the first quiet moment after it (<see cref="IdleCollector"/>), how often the allocation is read, and what counts as such
/// a burst and as quiet.
/// </summary>
public sealed class IdleCollectionOptions
{
    public const string Section = "IdleCollection";

    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Generation 1 holding this much is a burst's state (hundreds of screens opened at once).</summary>
    public int Generation1Megabytes { get; set; } = 256;

    /// <summary>At most this much allocated over one <see cref="Interval"/> is quiet.</summary>
    public int QuietKilobytes { get; set; } = 1024;
}

/// <summary>What the collector reads from the runtime at each interval.</summary>
/// <param name="AllocatedBytes">All bytes allocated since the process started.</param>
/// <param name="Generation1Bytes">Generation 1's size after the last blocking collection.</param>
public readonly record struct MemorySample(long AllocatedBytes, long Generation1Bytes);

/// <summary>The garbage collector as the idle collector uses it; the tests give their own.</summary>
public interface IRuntimeMemory
{
    MemorySample Read();

    /// <summary>Collects every generation, blocking, and returns how long it took.</summary>
    TimeSpan CollectAll();
}

public sealed class RuntimeMemory : IRuntimeMemory
{
    public MemorySample Read()
    {
        // The last blocking collection, ephemeral or full, says what generation 1 holds; a background one does not change it.
        var ephemeral = GC.GetGCMemoryInfo(GCKind.Ephemeral);
        var full = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var last = ephemeral.Index >= full.Index ? ephemeral : full;
        return new MemorySample(GC.GetTotalAllocatedBytes(), last.Index == 0 ? 0 : last.GenerationInfo[1].SizeAfterBytes);
    }

    public TimeSpan CollectAll()
    {
        // Sweeping, not compacting: a compaction would copy the survivors, hundreds of MB after a burst, into memory the
        // process has not touched yet, whose first touch costs most on the virtual machines measured (docs/performance.md,
        // "Compacting collections" and "Chart specs in the page, and collections that do not compact").
        var started = Stopwatch.GetTimestamp();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        return Stopwatch.GetElapsedTime(started);
    }
}

/// <summary>
/// Decides, from one memory sample per interval, when the collection is due: the last interval was quiet, and generation 1
/// holds <see cref="IdleCollectionOptions.Generation1Megabytes"/> or more.
/// </summary>
public sealed class IdleCollectionPolicy(IdleCollectionOptions options)
{
    private readonly long _generation1Bytes = options.Generation1Megabytes * 1024L * 1024L;
    private readonly long _quietBytes = options.QuietKilobytes * 1024L;
    private long? _previousAllocated;

    public bool IsDue(MemorySample sample)
    {
        var quiet = sample.AllocatedBytes - _previousAllocated <= _quietBytes;
        _previousAllocated = sample.AllocatedBytes;
        return quiet && sample.Generation1Bytes >= _generation1Bytes;
    }
}

/// <summary>
/// Collects every generation at the first quiet moment after hundreds of screens have opened at once, so that the
/// collection their state has made due does not fall in the next live change. The runtime's first collection after such a
/// burst promotes the screens' state to generation 1 (about 400 MB at 500 circuits), and its next collection of generation 1
/// paused the app a quarter of a second; in a change, every open screen waited that long (docs/performance.md, "Collections
/// in the quiet after a burst"). Collected while nothing happens, the state reaches generation 2, which the runtime collects
/// in the background. Collections of generation 1 alone were tried: the state takes two or three of them to get there, and
/// they ran into the next change.
/// </summary>
public sealed class IdleCollector(
    IRuntimeMemory memory, IdleCollectionOptions options, SteeringMetrics metrics, TimeProvider clock, ILogger<IdleCollector> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var policy = new IdleCollectionPolicy(options);
        using var timer = new PeriodicTimer(options.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var sample = memory.Read();
            if (!policy.IsDue(sample))
            {
                continue;
            }

            var took = memory.CollectAll();
            var after = memory.Read();
            metrics.IdleCollectionRan(took);
            logger.LogInformation(
                "Collected the memory a burst left in generation 1 while quiet, in {Milliseconds:F0} ms: {BeforeMB:F0} MB before, {AfterMB:F0} MB after",
                took.TotalMilliseconds, sample.Generation1Bytes / 1048576.0, after.Generation1Bytes / 1048576.0);
        }
    }
}

public static class IdleCollectionServiceCollectionExtensions
{
    public static IServiceCollection AddIdleCollection(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(IdleCollectionOptions.Section).Get<IdleCollectionOptions>() ?? new IdleCollectionOptions();
        if (!options.Enabled)
        {
            return services;
        }

        if (options.Interval <= TimeSpan.Zero || options.Generation1Megabytes <= 0 || options.QuietKilobytes < 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{IdleCollectionOptions.Section}: {nameof(IdleCollectionOptions.Interval)} and {nameof(IdleCollectionOptions.Generation1Megabytes)} must be positive "
                + $"and {nameof(IdleCollectionOptions.QuietKilobytes)} not negative; they are {options.Interval}, {options.Generation1Megabytes} and {options.QuietKilobytes}."));
        }

        services.AddSingleton(options);
        services.AddSingleton<IRuntimeMemory, RuntimeMemory>();
        services.AddHostedService<IdleCollector>();
        return services;
    }
}
