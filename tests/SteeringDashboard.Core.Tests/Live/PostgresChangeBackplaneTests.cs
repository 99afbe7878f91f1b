using Microsoft.Extensions.Logging.Abstractions;
using System.Threading.Channels;
using Npgsql;
using SteeringDashboard.Core.Live;

namespace SteeringDashboard.Core.Tests.Live;

/// <summary>Two instances (a notifier and a backplane each, on connections of their own) on one real PostgreSQL database. It needs the server: PostgreSQL run only.</summary>
[Trait("Database", "PostgreSqlOnly")]
public sealed class PostgresChangeBackplaneTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly EmptyPostgresDatabase _database = new("live");
    private readonly List<PostgresChangeBackplane> _backplanes = [];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _database.InitializeAsync();

    [Fact]
    public async Task AChangeSavedOnOneInstanceReachesTheOtherOnceAndNotItselfAgain()
    {
        var (notifierA, _) = await StartInstanceAsync();
        var (notifierB, _) = await StartInstanceAsync();
        var heardOnA = new Heard(notifierA);
        var heardOnB = new Heard(notifierB);
        var saved = new DataChange(ChangeKind.Assignment, 3, [7, 12], new DateTime(2026, 12, 4, 23, 5, 0, DateTimeKind.Utc), "Nguyễn Văn A");
        var reply = new DataChange(ChangeKind.Report, 3, [12], new DateTime(2026, 12, 4, 23, 6, 0, DateTimeKind.Utc), "B");

        await notifierA.Publish(saved);
        Assert.Equal(Described(saved), Described(await heardOnB.NextAsync()));
        // A's own NOTIFY was sent before B's reply, so it has come back to A, and been ignored, before the reply arrives.
        await notifierB.Publish(reply);
        await heardOnA.CountAsync(2);

        Assert.Equal([Described(saved), Described(reply)], heardOnA.All.Select(Described));
        Assert.Equal([Described(saved), Described(reply)], heardOnB.All.Select(Described));
        Assert.Equal(DateTimeKind.Utc, heardOnB.All[0].AtUtc.Kind);
    }

    [Fact]
    public async Task AKilledListeningConnectionReconnectsAndTheScreensCatchUp()
    {
        var (notifierA, _) = await StartInstanceAsync();
        var (notifierB, backplaneB) = await StartInstanceAsync();
        var heardOnB = new Heard(notifierB);

        await TerminateConnectionsOfAsync(backplaneB);
        var catchUp = await heardOnB.NextAsync();
        var after = new DataChange(ChangeKind.IndicatorFigures, 0, [5], DateTime.UtcNow, "A");
        await notifierA.Publish(after);

        Assert.True(catchUp.IsCatchUp);
        Assert.Equal(2, backplaneB.Connections);
        Assert.Equal(Described(after), Described(await heardOnB.NextAsync()));
    }

    [Fact]
    public async Task AChangeTooLargeForANotifyReachesTheOthersAsACatchUp()
    {
        var (notifierA, _) = await StartInstanceAsync();
        var (notifierB, _) = await StartInstanceAsync();
        var heardOnB = new Heard(notifierB);

        await notifierA.Publish(new DataChange(ChangeKind.IndicatorFigures, 0, [.. Enumerable.Range(10_000, 3_000)], DateTime.UtcNow, "import"));

        Assert.True((await heardOnB.NextAsync()).IsCatchUp);
    }

    // The unit ids' list is a copy on the receiving side: compare what the change says.
    private static string Described(DataChange change) =>
        $"{change.Kind} {change.PlanId} [{string.Join(",", change.UnitIds)}] {change.AtUtc:O} {change.ChangedBy}";

    private async Task<(ChangeNotifier Notifier, PostgresChangeBackplane Backplane)> StartInstanceAsync()
    {
        var notifier = new ChangeNotifier(NullLogger<ChangeNotifier>.Instance);
        var backplane = new PostgresChangeBackplane(notifier, _database.ConnectionString, TimeProvider.System, NullLogger<PostgresChangeBackplane>.Instance);
        _backplanes.Add(backplane);
        await backplane.StartAsync(Cancellation);
        await WaitUntilAsync(() => backplane.IsListening);
        return (notifier, backplane);
    }

    private async Task TerminateConnectionsOfAsync(PostgresChangeBackplane backplane)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync(Cancellation);
        await using var terminate = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1", connection);
        terminate.Parameters.Add(new NpgsqlParameter { Value = $"steering-changes-{backplane.InstanceId:N}" });
        Assert.Equal(1L, await terminate.ExecuteScalarAsync(Cancellation));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The backplane did not start listening.");
            await Task.Delay(20, Cancellation);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var backplane in _backplanes)
        {
            await backplane.StopAsync(CancellationToken.None);
            backplane.Dispose();
        }

        await _database.DisposeAsync();
    }

    /// <summary>What an instance's screens heard, in order.</summary>
    private sealed class Heard
    {
        private readonly List<DataChange> _changes = [];
        private readonly Channel<DataChange> _arrived = Channel.CreateUnbounded<DataChange>();

        public Heard(ChangeNotifier notifier) => notifier.Subscribe(change =>
        {
            lock (_changes)
            {
                _changes.Add(change);
            }

            _arrived.Writer.TryWrite(change);
            return Task.CompletedTask;
        });

        public List<DataChange> All
        {
            get
            {
                lock (_changes)
                {
                    return [.. _changes];
                }
            }
        }

        /// <summary>The next change heard after those already taken.</summary>
        public async Task<DataChange> NextAsync() => await _arrived.Reader.ReadAsync(Cancellation).AsTask().WaitAsync(Patience, Cancellation);

        public async Task CountAsync(int count)
        {
            while (All.Count < count)
            {
                await NextAsync();
            }
        }
    }
}
