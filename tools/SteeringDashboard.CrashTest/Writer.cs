using System.Net;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.CrashTest;

/// <summary>
/// A writer of one kind of write, on a target of its own (so that writers do not refuse each other's saves): it writes one
/// write at a time until the app is killed, and remembers every write the app acknowledged and the one in flight at the
/// kill. Afterwards it checks the store holds each acknowledged write whole, and the in-flight one whole or not at all.
/// </summary>
public abstract class Writer(string name, Random random)
{
    private readonly List<string> _unexpected = [];

    /// <summary>Who writes what, for the failure messages.</summary>
    public string Name { get; } = name;

    public abstract string Kind { get; }

    /// <summary>Writes the app answered 200 to.</summary>
    public abstract int Acknowledged { get; }

    /// <summary>Whether a write was sent and not answered when the app was killed.</summary>
    public abstract bool InFlight { get; }

    /// <summary>Answers other than success or conflict, while the app was alive: each is a failure.</summary>
    public IReadOnlyList<string> Unexpected => _unexpected;

    protected Random Random { get; } = random;

    /// <summary>Reads the target's state before the run's writes (the app is serving, nothing is writing).</summary>
    public abstract Task PrepareAsync(SteeringDbContext db, CancellationToken cancellationToken);

    /// <summary>Writes until the app stops answering (it was killed) or <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(WriterSession session, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await WriteOnceAsync(session, stop);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException)
        {
            // The app is gone: the write in flight, if any, stays in flight.
        }
    }

    /// <summary>Checks the store the killed app left (the app is not running).</summary>
    public abstract Task CheckAsync(SteeringDbContext db, StoredFiles files, List<string> failures, CancellationToken cancellationToken);

    protected abstract Task WriteOnceAsync(WriterSession session, CancellationToken cancellationToken);

    protected void Refused(WriteAnswer answer) =>
        _unexpected.Add($"{Name}: the app answered {(int)answer.Status} {answer.Body}");

    protected static bool IsSaved(WriteAnswer answer) => answer.Status == HttpStatusCode.OK;

    protected static bool IsConflict(WriteAnswer answer) => answer.Status == HttpStatusCode.Conflict;

    /// <summary>A PDF or PNG of 1 to 200 KiB under a name no other file of the harness has.</summary>
    protected SentFile NewFile()
    {
        var pdf = Random.Next(2) == 0;
        byte[] header = pdf ? "%PDF-1.7\n"u8.ToArray() : [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        var content = new byte[header.Length + Random.Next(1024, 200 * 1024)];
        Random.NextBytes(content);
        header.CopyTo(content, 0);
        return new SentFile($"{Name}-{Guid.NewGuid():N}{(pdf ? ".pdf" : ".png")}", content);
    }
}
