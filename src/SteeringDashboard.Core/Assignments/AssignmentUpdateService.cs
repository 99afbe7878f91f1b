using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Assignments;

/// <summary>
/// Changes assignments: validates, saves the change and its history row in one transaction, refuses a save
/// made from an outdated version, and tells open screens. Write transactions begin IMMEDIATE (Microsoft.Data.Sqlite's
/// default), so concurrent writers queue on SQLite's busy timeout instead of failing with "database is locked".
/// Every write first asks the <see cref="AccessGuard"/> whether the caller, as the store says they are now, may change
/// the assignments' units; the change is recorded under the account's display name.
/// </summary>
public sealed class AssignmentUpdateService(
    IDbContextFactory<SteeringDbContext> factory,
    ChangeNotifier notifier,
    FileStore evidence,
    AccessGuard guard,
    TimeProvider clock,
    SaveConflicts conflicts,
    ILogger<AssignmentUpdateService> logger)
{
    private DateOnly Today => HanoiTime.DateOf(clock.GetUtcNow().UtcDateTime);

    public async Task<AssignmentForEdit?> LoadForEditAsync(int assignmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Assignments
            .Where(a => a.Id == assignmentId)
            .Select(a => new AssignmentForEdit(
                new AssignmentSnapshot(a.Id, a.State, a.Progress, a.CompletedOn, a.Version, a.UpdatedAtUtc),
                a.PlanTask!.PlanId,
                a.PlanTask.Number,
                a.PlanTask.TextVi,
                a.PlanTask.TextEn,
                a.PlanTask.StartDate,
                a.DueDate,
                new UnitName(a.Unit!.Id, a.Unit.Code, a.Unit.NameVi, a.Unit.NameEn, a.Unit.Kind, a.Unit.IsDemo)))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The assignment's changes, newest first.</summary>
    public async Task<IReadOnlyList<AssignmentChange>> HistoryAsync(int assignmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await Changes(db.AssignmentHistory.Where(h => h.AssignmentId == assignmentId)
                .OrderByDescending(h => h.ChangedAtUtc).ThenByDescending(h => h.Id))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The changes saved after the one that produced <paramref name="version"/>, oldest first: empty while the assignment
    /// is still at that version. An open editor asks this when a change of its unit is published.
    /// </summary>
    public async Task<IReadOnlyList<AssignmentChange>> ChangesSinceAsync(int assignmentId, Guid version, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var stillCurrent = await db.Assignments.AnyAsync(a => a.Id == assignmentId && a.Version == version, cancellationToken);
        return stillCurrent ? [] : await ChangesSinceAsync(db, assignmentId, version, cancellationToken);
    }

    /// <summary>
    /// Saves the edit unless the caller may not update the assignment's unit, it breaks a rule or it was made from an
    /// outdated version; an evidence file is stored only for an allowed edit and kept only if the save succeeds. When the
    /// server's storage refuses the write, nothing is stored and the answer says so (<see cref="EditOutcome.StorageUnavailable"/>).
    /// </summary>
    public async Task<EditOutcome> UpdateAsync(
        AssignmentEdit edit, Caller caller, FileUpload? file = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await SaveAsync(edit, caller, file, cancellationToken);
        }
        catch (Exception failure) when (StorageFailure.Is(failure))
        {
            // The transaction rolled back and the held file was deleted as SaveAsync unwound.
            logger.LogError(failure, "Saving assignment {AssignmentId} failed: the storage refused the write", edit.AssignmentId);
            return new EditOutcome.StorageUnavailable();
        }
    }

    private async Task<EditOutcome> SaveAsync(AssignmentEdit edit, Caller caller, FileUpload? file, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var target = await TargetAsync(db, edit.AssignmentId, cancellationToken);
        if (target is null)
        {
            return new EditOutcome.NotFound();
        }

        // Checked before the write transaction begins: a refusal writes its audit entry in a transaction of its own.
        var actor = await guard.AuthorizeAsync(caller, SteeringAction.UpdateAssignment, target.UnitId, TargetOf(edit.AssignmentId), cancellationToken);
        if (actor is null)
        {
            return new EditOutcome.Forbidden();
        }

        var changedBy = actor.DisplayName;
        var errors = AssignmentEditRules.Validate(
            edit.State, edit.Progress, edit.CompletedOn, edit.Note, edit.EvidenceUrl, Today, target.StartDate);
        if (errors.Count > 0)
        {
            return new EditOutcome.Invalid(errors);
        }

        using var pending = new PendingFiles(evidence);
        if (file is not null && await pending.SaveAsync([file], cancellationToken) is [var refused, ..])
        {
            return new EditOutcome.Invalid([EvidenceErrorOf(refused.Error)]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var assignment = await TrackedAsync(db, edit.AssignmentId, cancellationToken);
        if (assignment.Version != edit.ExpectedVersion)
        {
            conflicts.Record(ChangeKind.Assignment);
            return new EditOutcome.Conflict(Snapshot(assignment), await ChangesSinceAsync(db, assignment.Id, edit.ExpectedVersion, cancellationToken));
        }

        var row = Apply(assignment, edit.State, edit.Progress, edit.CompletedOn, edit.Note, edit.EvidenceUrl, changedBy);
        foreach (var saved in pending.Files)
        {
            row.Evidence.Add(new AssignmentEvidence
            {
                AssignmentId = assignment.Id,
                FileName = saved.FileName,
                ContentType = saved.ContentType,
                SizeBytes = saved.SizeBytes,
                StoredName = saved.StoredName,
                UploadedAtUtc = row.ChangedAtUtc,
                UploadedBy = changedBy,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        pending.Commit();
        Publish(assignment.PlanTask!.PlanId, [assignment.UnitId], row.ChangedAtUtc, changedBy);
        return new EditOutcome.Saved(Snapshot(assignment));
    }

    /// <summary>
    /// Goes once through a save's database work and keeps none of it: the first assignment's target and tracked load, a
    /// history row and the update in a transaction that is rolled back; nothing is published. The app runs it at start-up,
    /// so that the first save after a start, which twenty open dashboards wait for, does not also pay for EF Core's first
    /// translation of these queries and its first update of these entities (docs/performance.md, "A rehearsed save at
    /// start-up"). It does nothing on a database without assignments.
    /// </summary>
    public async Task RehearseSaveAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var first = await db.Assignments.OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (first is not { } assignmentId || await TargetAsync(db, assignmentId, cancellationToken) is null)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var assignment = await TrackedAsync(db, assignmentId, cancellationToken);
        Apply(assignment, assignment.State, assignment.Progress, assignment.CompletedOn, note: null, evidenceUrl: null, changedBy: nameof(RehearseSaveAsync));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
    }

    /// <summary>What a bulk edit would do to each targeted assignment, with the rule each line would break and what it would overwrite.</summary>
    public async Task<IReadOnlyList<BulkPreviewRow>> PreviewBulkAsync(BulkEdit edit, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await PreviewAsync(db, edit, cancellationToken);
    }

    /// <summary>
    /// Applies a bulk edit in one transaction: all of it, or nothing when the caller may not bulk-update or may not
    /// update one of the targeted units, or a line is invalid, overwrites what its unit recorded without the user's
    /// confirmation, or changed since the preview.
    /// </summary>
    public async Task<BulkOutcome> ApplyBulkAsync(BulkEdit edit, Caller caller, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var ids = edit.Targets.Select(t => t.AssignmentId).ToList();
        var unitIds = await db.Assignments.Where(a => ids.Contains(a.Id) && a.PlanTaskId == edit.PlanTaskId)
            .Select(a => a.UnitId).Distinct().ToListAsync(cancellationToken);
        var actor = await AuthorizeBulkAsync(caller, edit.PlanTaskId, unitIds, cancellationToken);
        if (actor is null)
        {
            return new BulkOutcome.Forbidden();
        }

        var changedBy = actor.DisplayName;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await PreviewAsync(db, edit, cancellationToken);
        if (rows.Any(r => r.Errors.Count > 0))
        {
            return new BulkOutcome.Invalid(rows);
        }

        if (!edit.WarningsConfirmed && rows.Any(r => r.Warnings.Count > 0))
        {
            return new BulkOutcome.Unconfirmed(rows);
        }

        var expected = edit.Targets.ToDictionary(t => t.AssignmentId, t => t.ExpectedVersion);
        var assignments = await db.Assignments.Include(a => a.PlanTask)
            .Where(a => expected.Keys.Contains(a.Id) && a.PlanTaskId == edit.PlanTaskId)
            .ToListAsync(cancellationToken);
        var outdated = assignments.Where(a => a.Version != expected[a.Id]).Select(a => a.Id)
            .Concat(expected.Keys.Except(assignments.Select(a => a.Id)))
            .ToList();
        if (outdated.Count > 0)
        {
            conflicts.Record(ChangeKind.Assignment);
            return new BulkOutcome.Conflict(outdated);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var assignment in assignments)
        {
            Apply(assignment, edit.State, edit.Progress, edit.CompletedOn, edit.Note, evidenceUrl: null, changedBy);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (assignments.Count > 0)
        {
            Publish(assignments[0].PlanTask!.PlanId, assignments.Select(a => a.UnitId).ToList(), now, changedBy);
        }

        return new BulkOutcome.Applied(assignments.Count);
    }

    /// <summary>
    /// The bulk right, and the right to update each targeted unit, so that a bulk right never reaches further than
    /// single updates do; the first refusal is audited by the guard.
    /// </summary>
    private async Task<Actor?> AuthorizeBulkAsync(Caller caller, int planTaskId, IReadOnlyList<int> unitIds, CancellationToken cancellationToken)
    {
        var target = $"task {planTaskId.ToString(CultureInfo.InvariantCulture)}";
        var actor = await guard.AuthorizeAsync(caller, SteeringAction.BulkUpdateAssignments, null, target, cancellationToken);
        if (actor is null)
        {
            return null;
        }

        foreach (var unitId in unitIds.Where(u => !Permissions.Allows(actor, SteeringAction.UpdateAssignment, u)))
        {
            // Asking the guard again writes the refusal to the audit log (and honours a role changed since the first check).
            if (await guard.AuthorizeAsync(caller, SteeringAction.UpdateAssignment, unitId, target, cancellationToken) is null)
            {
                return null;
            }
        }

        return actor;
    }

    private static EditError EvidenceErrorOf(FileError error) => error switch
    {
        FileError.TooLarge => EditError.EvidenceFileTooLarge,
        FileError.Empty => EditError.EvidenceFileEmpty,
        _ => EditError.EvidenceFileTypeNotAllowed,
    };

    private static string TargetOf(int assignmentId) => $"assignment {assignmentId.ToString(CultureInfo.InvariantCulture)}";

    private async Task<List<BulkPreviewRow>> PreviewAsync(SteeringDbContext db, BulkEdit edit, CancellationToken cancellationToken)
    {
        var ids = edit.Targets.Select(t => t.AssignmentId).ToList();
        var today = Today;
        var found = await db.Assignments
            .Where(a => ids.Contains(a.Id) && a.PlanTaskId == edit.PlanTaskId)
            .Select(a => new
            {
                Current = new AssignmentSnapshot(a.Id, a.State, a.Progress, a.CompletedOn, a.Version, a.UpdatedAtUtc),
                Unit = new UnitName(a.Unit!.Id, a.Unit.Code, a.Unit.NameVi, a.Unit.NameEn, a.Unit.Kind, a.Unit.IsDemo),
                a.PlanTask!.StartDate,
            })
            .ToListAsync(cancellationToken);
        return found
            .OrderBy(f => f.Unit.Id)
            .Select(f => new BulkPreviewRow(
                f.Current,
                f.Unit,
                AssignmentEditRules.Validate(edit.State, edit.Progress, edit.CompletedOn, edit.Note, null, today, f.StartDate),
                BulkWarning.For(f.Current, edit)))
            .ToList();
    }

    private AssignmentHistory Apply(
        Assignment assignment, AssignmentState state, int progress, DateOnly? completedOn, string? note, string? evidenceUrl, string changedBy)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var version = Guid.NewGuid();
        var row = new AssignmentHistory
        {
            ChangedAtUtc = now,
            ChangedBy = changedBy,
            OldState = assignment.State,
            NewState = state,
            OldProgress = assignment.Progress,
            NewProgress = progress,
            OldCompletedOn = assignment.CompletedOn,
            NewCompletedOn = completedOn,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            EvidenceUrl = string.IsNullOrWhiteSpace(evidenceUrl) ? null : evidenceUrl.Trim(),
            Version = version,
        };
        assignment.History.Add(row);
        assignment.State = state;
        assignment.Progress = progress;
        assignment.CompletedOn = completedOn;
        assignment.UpdatedAtUtc = now;
        assignment.Version = version;
        return row;
    }

    private void Publish(int planId, IReadOnlyList<int> unitIds, DateTime atUtc, string changedBy) =>
        _ = notifier.Publish(new DataChange(ChangeKind.Assignment, planId, unitIds, atUtc, changedBy));

    /// <summary>What a save checks before its transaction: the assignment's unit (for the permission) and its task's start.</summary>
    private static Task<SaveTarget?> TargetAsync(SteeringDbContext db, int assignmentId, CancellationToken cancellationToken) =>
        db.Assignments.Where(a => a.Id == assignmentId).Select(a => new SaveTarget(a.UnitId, a.PlanTask!.StartDate))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The assignment a save changes, tracked, with its task (for the change's plan).</summary>
    private static Task<Assignment> TrackedAsync(SteeringDbContext db, int assignmentId, CancellationToken cancellationToken) =>
        db.Assignments.Include(a => a.PlanTask).SingleAsync(a => a.Id == assignmentId, cancellationToken);

    private sealed record SaveTarget(int UnitId, DateOnly StartDate);

    private static AssignmentSnapshot Snapshot(Assignment a) => new(a.Id, a.State, a.Progress, a.CompletedOn, a.Version, a.UpdatedAtUtc);

    /// <summary>The changes after the one that produced <paramref name="version"/> (all of them when no change did).</summary>
    private static async Task<IReadOnlyList<AssignmentChange>> ChangesSinceAsync(
        SteeringDbContext db, int assignmentId, Guid version, CancellationToken cancellationToken)
    {
        var seenId = await db.AssignmentHistory
            .Where(h => h.AssignmentId == assignmentId && h.Version == version)
            .Select(h => (long?)h.Id)
            .SingleOrDefaultAsync(cancellationToken) ?? 0;
        return await Changes(db.AssignmentHistory.Where(h => h.AssignmentId == assignmentId && h.Id > seenId).OrderBy(h => h.Id))
            .ToListAsync(cancellationToken);
    }

    /// <summary>History rows as changes; order the rows before projecting (EF cannot order by the projected record).</summary>
    private static IQueryable<AssignmentChange> Changes(IQueryable<AssignmentHistory> rows) =>
        rows.Select(h => new AssignmentChange(
            h.Id,
            h.AssignmentId,
            h.ChangedAtUtc,
            h.ChangedBy,
            h.OldState,
            h.NewState,
            h.OldProgress,
            h.NewProgress,
            h.OldCompletedOn,
            h.NewCompletedOn,
            h.Note,
            h.EvidenceUrl,
            h.Evidence.Select(e => new EvidenceFileInfo(e.Id, e.FileName, e.ContentType, e.SizeBytes)).ToList()));
}
