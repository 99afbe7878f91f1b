using SteeringDashboard.Core.Plans;

namespace SteeringDashboard.Core.Assignments;

/// <summary>A new state for one assignment, made from the version the editor loaded.</summary>
public sealed record AssignmentEdit(
    int AssignmentId,
    Guid ExpectedVersion,
    AssignmentState State,
    int Progress,
    DateOnly? CompletedOn,
    string? Note,
    string? EvidenceUrl = null);

/// <summary>An assignment's current recorded state.</summary>
public sealed record AssignmentSnapshot(
    int AssignmentId, AssignmentState State, int Progress, DateOnly? CompletedOn, Guid Version, DateTime UpdatedAtUtc)
{
    /// <summary>The recorded fields whose value differs from <paramref name="opened"/>'s, in the order the edit form shows them.</summary>
    public IReadOnlyList<AssignmentField> FieldsChangedSince(AssignmentSnapshot opened)
    {
        var fields = new List<AssignmentField>();
        if (State != opened.State)
        {
            fields.Add(AssignmentField.State);
        }

        if (Progress != opened.Progress)
        {
            fields.Add(AssignmentField.Progress);
        }

        if (CompletedOn != opened.CompletedOn)
        {
            fields.Add(AssignmentField.CompletedOn);
        }

        return fields;
    }
}

/// <summary>A recorded field of an assignment, as a summary of what changed names it.</summary>
public enum AssignmentField
{
    State = 1,
    Progress = 2,
    CompletedOn = 3,
}

/// <summary>One row of an assignment's history, as its page and the activity feed show it.</summary>
public sealed record AssignmentChange(
    long Id,
    int AssignmentId,
    DateTime ChangedAtUtc,
    string ChangedBy,
    AssignmentState? OldState,
    AssignmentState NewState,
    int? OldProgress,
    int NewProgress,
    DateOnly? OldCompletedOn,
    DateOnly? NewCompletedOn,
    string? Note,
    string? EvidenceUrl,
    IReadOnlyList<EvidenceFileInfo> Files);

public sealed record EvidenceFileInfo(long Id, string FileName, string ContentType, long SizeBytes);

/// <summary>What an editor needs: the assignment, its task and unit, and the version to save against.</summary>
public sealed record AssignmentForEdit(
    AssignmentSnapshot Current,
    int PlanId,
    int TaskNumber,
    string TaskTextVi,
    string TaskTextEn,
    DateOnly TaskStart,
    DateOnly DueDate,
    UnitName Unit);

/// <summary>How a save ended.</summary>
public abstract record EditOutcome
{
    private EditOutcome()
    {
    }

    public sealed record Saved(AssignmentSnapshot Current) : EditOutcome;

    /// <summary>Nothing was stored; each error names a rule the edit broke.</summary>
    public sealed record Invalid(IReadOnlyList<EditError> Errors) : EditOutcome;

    /// <summary>Someone saved first: nothing was stored. <paramref name="ChangesSince"/> are the changes the editor had not seen, oldest first.</summary>
    public sealed record Conflict(AssignmentSnapshot Current, IReadOnlyList<AssignmentChange> ChangesSince) : EditOutcome;

    public sealed record NotFound : EditOutcome;

    /// <summary>The caller may not update this assignment's unit (or the account is disabled): nothing was stored, and the refusal is audited.</summary>
    public sealed record Forbidden : EditOutcome;

    /// <summary>
    /// The server's storage refused the write (<see cref="Data.StorageFailure"/>: a full disk, a read-only data folder):
    /// the transaction rolled back and a file held for the change was deleted, so nothing was stored and the person may
    /// try again once it is fixed. The failure is logged.
    /// </summary>
    public sealed record StorageUnavailable : EditOutcome;
}

/// <summary>
/// One task's new state for several units at once; each target carries the version its preview showed.
/// <paramref name="WarningsConfirmed"/>: the user confirmed the preview's warnings (see <see cref="BulkWarning"/>).
/// </summary>
public sealed record BulkEdit(
    int PlanTaskId,
    IReadOnlyList<BulkTarget> Targets,
    AssignmentState State,
    int Progress,
    DateOnly? CompletedOn,
    string? Note,
    bool WarningsConfirmed = false);

public sealed record BulkTarget(int AssignmentId, Guid ExpectedVersion);

/// <summary>
/// One unit's line in a bulk preview: from what to what, whether that change is allowed (<paramref name="Errors"/>), and
/// what it would overwrite that the unit had recorded (<paramref name="Warnings"/>).
/// </summary>
public sealed record BulkPreviewRow(AssignmentSnapshot Current, UnitName Unit, IReadOnlyList<EditError> Errors, IReadOnlyList<BulkWarning> Warnings);

/// <summary>
/// An allowed bulk change that overwrites what a unit recorded. One set of values for many units easily rewrites a
/// completion the unit reported or sets its progress back, so the user confirms each of these by name.
/// </summary>
public abstract record BulkWarning
{
    private BulkWarning()
    {
    }

    /// <summary>The recorded completion date would be replaced by <paramref name="Proposed"/>, or removed when that is null.</summary>
    public sealed record RewritesCompletion(DateOnly Recorded, DateOnly? Proposed) : BulkWarning;

    /// <summary>The progress would go down from <paramref name="Recorded"/> to <paramref name="Proposed"/>.</summary>
    public sealed record LowersProgress(int Recorded, int Proposed) : BulkWarning;

    /// <summary>What applying <paramref name="edit"/> to an assignment in the state <paramref name="current"/> overwrites.</summary>
    public static IReadOnlyList<BulkWarning> For(AssignmentSnapshot current, BulkEdit edit)
    {
        var warnings = new List<BulkWarning>();
        if (current.CompletedOn is { } recorded && edit.CompletedOn != recorded)
        {
            warnings.Add(new RewritesCompletion(recorded, edit.CompletedOn));
        }

        if (edit.Progress < current.Progress)
        {
            warnings.Add(new LowersProgress(current.Progress, edit.Progress));
        }

        return warnings;
    }
}

public abstract record BulkOutcome
{
    private BulkOutcome()
    {
    }

    public sealed record Applied(int Count) : BulkOutcome;

    public sealed record Invalid(IReadOnlyList<BulkPreviewRow> Rows) : BulkOutcome;

    /// <summary>Some lines overwrite what their unit recorded and the edit does not say the user confirmed it: nothing was applied.</summary>
    public sealed record Unconfirmed(IReadOnlyList<BulkPreviewRow> Rows) : BulkOutcome;

    /// <summary>Some assignments changed after the preview: nothing was applied.</summary>
    public sealed record Conflict(IReadOnlyList<int> AssignmentIds) : BulkOutcome;

    /// <summary>The caller may not bulk-update, or may not update one of the targeted units: nothing was applied, and the refusal is audited.</summary>
    public sealed record Forbidden : BulkOutcome;
}
