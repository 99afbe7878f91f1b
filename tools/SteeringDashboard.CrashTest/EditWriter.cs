using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.CrashTest;

/// <summary>Status edits of one assignment through POST /assignments/{id}/save, every other one with an evidence file.</summary>
public sealed class EditWriter(string name, Random random, int assignmentId) : Writer(name, random)
{
    private readonly List<Edit> _acknowledged = [];
    private Guid _version;
    private Guid _versionBefore;
    private Edit? _inFlight;

    public override string Kind => "status edits";

    public override int Acknowledged => _acknowledged.Count;

    public override bool InFlight => _inFlight is not null;

    public override async Task PrepareAsync(SteeringDbContext db, CancellationToken cancellationToken)
    {
        _version = await db.Assignments.Where(a => a.Id == assignmentId).Select(a => a.Version).SingleAsync(cancellationToken);
        _versionBefore = _version;
    }

    public override async Task CheckAsync(SteeringDbContext db, StoredFiles files, List<string> failures, CancellationToken cancellationToken)
    {
        var history = await db.AssignmentHistory.Include(h => h.Evidence).Where(h => h.AssignmentId == assignmentId).ToListAsync(cancellationToken);
        foreach (var edit in _acknowledged)
        {
            if (history.SingleOrDefault(h => h.Version == edit.Version) is not { } row)
            {
                failures.Add($"{Name}: the acknowledged save {edit.Version} of assignment {assignmentId} has no history row");
                continue;
            }

            CheckRow(row, edit, files, failures);
        }

        var current = await db.Assignments.Where(a => a.Id == assignmentId).Select(a => a.Version).SingleAsync(cancellationToken);
        var lastAcknowledged = _acknowledged.Count > 0 ? _acknowledged[^1].Version : _versionBefore;
        if (current == lastAcknowledged)
        {
            return;
        }

        // Only the save in flight at the kill may have committed after the last acknowledged one, and then whole.
        var latest = history.MaxBy(h => h.Id);
        if (_inFlight is null || latest?.Version != current)
        {
            failures.Add($"{Name}: assignment {assignmentId} is at version {current}, which no save sent in this run produced");
        }
        else
        {
            CheckRow(latest, _inFlight with { Version = current }, files, failures);
        }
    }

    protected override async Task WriteOnceAsync(WriterSession session, CancellationToken cancellationToken)
    {
        var edit = new Edit(Guid.Empty, Random.Next(1, 100), Random.Next(2) == 0 ? NewFile() : null);
        _inFlight = edit;
        var answer = await session.SaveAssignmentAsync(assignmentId, _version, edit.Progress, edit.File, cancellationToken);
        _inFlight = null;
        if (IsSaved(answer) && answer.Version is { } saved)
        {
            _acknowledged.Add(edit with { Version = saved });
            _version = saved;
        }
        else if (IsConflict(answer) && answer.Version is { } current)
        {
            _version = current;
        }
        else
        {
            Refused(answer);
        }
    }

    private void CheckRow(Core.Assignments.AssignmentHistory row, Edit edit, StoredFiles files, List<string> failures)
    {
        if (row.NewProgress != edit.Progress)
        {
            failures.Add($"{Name}: save {edit.Version} recorded progress {row.NewProgress}, {edit.Progress} was sent");
        }

        var expected = edit.File is null ? [] : new[] { edit.File.FileName };
        if (!row.Evidence.Select(e => e.FileName).SequenceEqual(expected))
        {
            failures.Add($"{Name}: save {edit.Version} has evidence [{string.Join(", ", row.Evidence.Select(e => e.FileName))}], [{string.Join(", ", expected)}] was sent");
        }
        else if (edit.File is not null && files.Mismatch(row.Evidence[0].StoredName, edit.File) is { } mismatch)
        {
            failures.Add($"{Name}: {mismatch}");
        }
    }

    private sealed record Edit(Guid Version, int Progress, SentFile? File);
}
