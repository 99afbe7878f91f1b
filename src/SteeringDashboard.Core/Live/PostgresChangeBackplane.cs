using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SteeringDashboard.Core.Live;

/// <summary>
/// Carries the changes published on this instance to the other instances on the same PostgreSQL database, and theirs to
/// this one, with LISTEN/NOTIFY: every change this instance's <see cref="ChangeNotifier"/> publishes is sent as a NOTIFY on
/// <see cref="Channel"/>, and a dedicated connection listens for the others' and hands them to the local subscribers (its
/// own come back too, and are ignored). A lost connection is opened again with a growing delay; once it listens again, the
/// local subscribers get a catch-up (<see cref="DataChange.CatchUp"/>), since changes NOTIFYed meanwhile are gone. A change
/// this instance could not send is replaced, once the database answers again, by a catch-up for the others.
/// </summary>
public sealed partial class PostgresChangeBackplane : BackgroundService
{
    /// <summary>The NOTIFY channel (per database, so several deployments on one server do not hear each other).</summary>
    public const string Channel = "steering_changes";

    /// <summary>NOTIFY refuses a payload of 8000 bytes or more.</summary>
    public const int MaxPayloadBytes = 7999;

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromSeconds(30);

    // A connection dropped without a word (a cable, a firewall) would leave the listener waiting for ever: after this long
    // without a notification it asks the server something.
    private static readonly TimeSpan IdleCheckInterval = TimeSpan.FromSeconds(15);

    private readonly ChangeNotifier _notifier;
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;
    private readonly ILogger<PostgresChangeBackplane> _logger;
    private readonly Channel<DataChange> _outbox = System.Threading.Channels.Channel.CreateUnbounded<DataChange>(new UnboundedChannelOptions { SingleReader = true });
    private int _listening;
    private long _connections;

    public PostgresChangeBackplane(ChangeNotifier notifier, string connectionString, TimeProvider clock, ILogger<PostgresChangeBackplane> logger)
    {
        _notifier = notifier;
        _clock = clock;
        _logger = logger;
        // The application name tells an operator (pg_stat_activity) which instance a listening connection belongs to.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = $"steering-changes-{InstanceId:N}" };
        _dataSource = NpgsqlDataSource.Create(builder);
        notifier.ForwardOnPublish(change => _outbox.Writer.TryWrite(change));
    }

    /// <summary>This instance's name in its messages (and its connections' application name), to know its own when they come back.</summary>
    public Guid InstanceId { get; } = Guid.NewGuid();

    /// <summary>Whether the listening connection is open and listening now.</summary>
    public bool IsListening => Volatile.Read(ref _listening) == 1;

    /// <summary>How many times the listening connection has started listening since start (more than one: it reconnected).</summary>
    public long Connections => Interlocked.Read(ref _connections);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(ListenAsync(stoppingToken), SendAsync(stoppingToken));

    public override void Dispose()
    {
        base.Dispose();
        _dataSource.Dispose();
    }

    private async Task ListenAsync(CancellationToken stopping)
    {
        var failures = 0;
        var missed = false;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(stopping);
                connection.Notification += OnNotification;
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stopping);
                }

                failures = 0;
                Volatile.Write(ref _listening, 1);
                Interlocked.Increment(ref _connections);
                if (missed)
                {
                    // Listening again: whatever the others saved meanwhile was NOTIFYed to nobody here.
                    missed = false;
                    LogCatchingUp(_logger);
                    _ = _notifier.PublishFromElsewhere(DataChange.CatchUp(_clock.GetUtcNow().UtcDateTime));
                }

                while (true)
                {
                    if (!await connection.WaitAsync(IdleCheckInterval, stopping))
                    {
                        await using var check = new NpgsqlCommand("SELECT 1", connection);
                        await check.ExecuteScalarAsync(stopping);
                    }
                }
            }
            catch (Exception exception) when (!stopping.IsCancellationRequested)
            {
                Volatile.Write(ref _listening, 0);
                missed = true;
                failures++;
                var delay = RetryDelay(failures);
                LogListeningLost(_logger, exception, delay);
                await Task.Delay(delay, _clock, stopping);
            }
        }
    }

    private async Task SendAsync(CancellationToken stopping)
    {
        var failures = 0;
        while (!stopping.IsCancellationRequested)
        {
            string payload;
            if (failures == 0)
            {
                payload = Encode(await _outbox.Reader.ReadAsync(stopping));
            }
            else
            {
                // The changes not sent (and those queued behind them) are told to the others as one catch-up.
                while (_outbox.Reader.TryRead(out _))
                {
                    // Covered by the catch-up.
                }

                payload = EncodeCatchUp();
            }

            try
            {
                await using var notify = _dataSource.CreateCommand("SELECT pg_notify($1, $2)");
                notify.Parameters.Add(new NpgsqlParameter { Value = Channel });
                notify.Parameters.Add(new NpgsqlParameter { Value = payload });
                await notify.ExecuteNonQueryAsync(stopping);
                failures = 0;
            }
            catch (Exception exception) when (!stopping.IsCancellationRequested)
            {
                failures++;
                var delay = RetryDelay(failures);
                LogSendingFailed(_logger, exception, delay);
                await Task.Delay(delay, _clock, stopping);
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs notification)
    {
        var message = Decode(notification.Payload);
        if (message?.Origin == InstanceId)
        {
            return;
        }

        // Unreadable (another version of the app?): whatever it was, a catch-up covers it.
        _ = _notifier.PublishFromElsewhere(message?.Change ?? DataChange.CatchUp(_clock.GetUtcNow().UtcDateTime));
    }

    private string Encode(DataChange change)
    {
        var payload = JsonSerializer.Serialize(new Message(InstanceId, change.Kind, change.PlanId, change.UnitIds, change.AtUtc, change.ChangedBy));

        // Thousands of units in one change (an import of every unit's figures): the others reload everything instead.
        return Encoding.UTF8.GetByteCount(payload) <= MaxPayloadBytes ? payload : EncodeCatchUp();
    }

    private string EncodeCatchUp() =>
        JsonSerializer.Serialize(new Message(InstanceId, ChangeKind.CatchUp, 0, [], _clock.GetUtcNow().UtcDateTime, ""));

    internal static Message? Decode(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<Message>(payload) is { UnitIds: not null, ChangedBy: not null } message && Enum.IsDefined(message.Kind)
                ? message
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TimeSpan RetryDelay(int failures) =>
        TimeSpan.FromTicks(Math.Min(LongestRetryDelay.Ticks, FirstRetryDelay.Ticks << Math.Min(failures - 1, 16)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The connection listening for other instances' changes was lost; retrying in {Delay}")]
    private static partial void LogListeningLost(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for other instances' changes again; every open screen reloads")]
    private static partial void LogCatchingUp(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A change could not be sent to the other instances; they get a catch-up, retrying in {Delay}")]
    private static partial void LogSendingFailed(ILogger logger, Exception exception, TimeSpan delay);

    /// <summary>A change as sent in a NOTIFY payload, with the instance that saved it; short names keep it small.</summary>
    internal sealed record Message(
        [property: System.Text.Json.Serialization.JsonPropertyName("o")] Guid Origin,
        [property: System.Text.Json.Serialization.JsonPropertyName("k")] ChangeKind Kind,
        [property: System.Text.Json.Serialization.JsonPropertyName("p")] int PlanId,
        [property: System.Text.Json.Serialization.JsonPropertyName("u")] IReadOnlyList<int> UnitIds,
        [property: System.Text.Json.Serialization.JsonPropertyName("t")] DateTime AtUtc,
        [property: System.Text.Json.Serialization.JsonPropertyName("b")] string ChangedBy)
    {
        public DataChange Change => new(Kind, PlanId, UnitIds, DateTime.SpecifyKind(AtUtc, DateTimeKind.Utc), ChangedBy);
    }
}

public static class ChangeBackplaneServiceCollectionExtensions
{
    /// <summary>Carries saved changes between the instances that share the PostgreSQL database at <paramref name="connectionString"/>.</summary>
    public static IServiceCollection AddPostgresChangeBackplane(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<PostgresChangeBackplane>(provider, connectionString));
        services.AddHostedService(provider => provider.GetRequiredService<PostgresChangeBackplane>());
        return services;
    }
}
