using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using SteeringDashboard.Web.Monitoring;

namespace SteeringDashboard.Web.Hosting;

/// <summary>
/// <c>IdleCollection</c> in the configuration: whether the state a burst of opened screens left is collected at the first
/// quiet moment after it (<see cref="IdleCollector"/>), how often the allocation is read, and what counts as such a burst
/// and as quiet.
/// </summary>
public sealed class IdleCollectionOptions
{
    public const string Section = "IdleCollection";

    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>This many screens (circuits) opened since the last collection are a burst.</summary>
    public int BurstCircuits { get; set; } = 100;

    /// <summary>At most this much allocated over one <see cref="Interval"/> is quiet.</summary>
    public int QuietKilobytes { get; set; } = 1024;
}

/// <summary>What the collector reads from the runtime at each interval.</summary>
/// <param name="AllocatedBytes">All bytes allocated since the process started.</param>
/// <param name="Generation1Bytes">Generation 1's size after the last blocking collection.</param>
/// <param name="Collections">Collections since the process started, of any generation.</param>
public readonly record struct MemorySample(long AllocatedBytes, long Generation1Bytes, int Collections);

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
        return new MemorySample(GC.GetTotalAllocatedBytes(), last.Index == 0 ? 0 : last.GenerationInfo[1].SizeAfterBytes, GC.CollectionCount(0));
    }

    public TimeSpan CollectAll()
    {
        // Not forced to compact: a compaction copies the survivors, hundreds of MB after a burst, into memory the process
        // has not touched yet, whose first touch costs most on the virtual machines measured (docs/performance.md,
        // "Compacting collections" and "Chart specs in the page, and collections that do not compact"). The runtime may
        // still choose to, and did in some runs ("Lighter screens").
        var started = Stopwatch.GetTimestamp();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        return Stopwatch.GetElapsedTime(started);
    }
}

/// <summary>
/// Decides, from one memory sample per interval and the count of screens opened so far, when the collection is due: the
/// last interval was quiet, and <see cref="IdleCollectionOptions.BurstCircuits"/> or more screens have opened since the
/// last one. The count of screens, not the size of generation 1, tells a burst: after live changes generation 1 also
/// holds their garbage (about 27 MB a change at 500 screens), which costs the runtime little to collect, and after a
/// burst the state may still wait in generation 0 (docs/performance.md, "Lighter screens"). An interval in which the
/// runtime collected is not quiet, however little it allocated: the app was paused, not idle.
/// </summary>
public sealed class IdleCollectionPolicy(IdleCollectionOptions options)
{
    private readonly long _quietBytes = options.QuietKilobytes * 1024L;
    private MemorySample? _previous;
    private long _circuitsAtLastCollection;

    /// <summary>Whether to collect now; when it answers yes, the screens counted so far are taken as collected.</summary>
    public bool IsDue(MemorySample sample, long circuitsOpened)
    {
        var quiet = _previous is { } previous
            && sample.AllocatedBytes - previous.AllocatedBytes <= _quietBytes
            && sample.Collections == previous.Collections;
        _previous = sample;
        if (!quiet || circuitsOpened - _circuitsAtLastCollection < options.BurstCircuits)
        {
            return false;
        }

        _circuitsAtLastCollection = circuitsOpened;
        return true;
    }
}

/// <summary>How many screens (circuits) have opened since the app started, counted by its <see cref="Handler"/>.</summary>
public sealed class CircuitOpenings
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Opened() => Interlocked.Increment(ref _count);

    public sealed class Handler(CircuitOpenings openings) : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            openings.Opened();
            return Task.CompletedTask;
        }
    }
}

/// <summary>
/// Collects every generation at the first quiet moment after a hundred screens or more have opened, so that the
/// collections their state has made due do not fall in the next live change. The runtime's collections after such a
/// burst promote the screens' state from generation 0 to 1 and then to 2 (about 400 MB at 500 circuits), and each
/// paused the app a quarter of a second or more; in a change, every open screen waited that long (docs/performance.md,
/// "Collections in the quiet after a burst"). Collected while nothing happens, the state reaches generation 2 at once,
/// which the runtime collects in the background. Collections of generation 1 alone were tried: the state takes two or
/// three of them to get there, and they ran into the next change.
/// </summary>
public sealed class IdleCollector(
    IRuntimeMemory memory, CircuitOpenings openings, IdleCollectionOptions options, SteeringMetrics metrics, TimeProvider clock,
    ILogger<IdleCollector> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var policy = new IdleCollectionPolicy(options);
        using var timer = new PeriodicTimer(options.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var sample = memory.Read();
            var opened = openings.Count;
            if (!policy.IsDue(sample, opened))
            {
                continue;
            }

            var took = memory.CollectAll();
            var after = memory.Read();
            metrics.IdleCollectionRan(took);
            logger.LogInformation(
                "Collected while quiet after {Circuits} screens opened, in {Milliseconds:F0} ms: generation 1 held {BeforeMB:F0} MB before, {AfterMB:F0} MB after",
                opened, took.TotalMilliseconds, sample.Generation1Bytes / 1048576.0, after.Generation1Bytes / 1048576.0);
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

        if (options.Interval <= TimeSpan.Zero || options.BurstCircuits <= 0 || options.QuietKilobytes < 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{IdleCollectionOptions.Section}: {nameof(IdleCollectionOptions.Interval)} and {nameof(IdleCollectionOptions.BurstCircuits)} must be positive "
                + $"and {nameof(IdleCollectionOptions.QuietKilobytes)} not negative; they are {options.Interval}, {options.BurstCircuits} and {options.QuietKilobytes}."));
        }

        services.AddSingleton(options);
        services.AddSingleton<IRuntimeMemory, RuntimeMemory>();
        services.AddSingleton<CircuitOpenings>();
        services.AddScoped<CircuitHandler, CircuitOpenings.Handler>();
        services.AddHostedService<IdleCollector>();
        return services;
    }
}
