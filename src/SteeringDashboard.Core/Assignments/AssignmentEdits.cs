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
    int AssignmentId, AssignmentState State, int Progress, DateOnly? CompletedOn, Guid Version, DateTime UpdatedAtUtc);

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
}

/// <summary>One task's new state for several units at once; each target carries the version its preview showed.</summary>
public sealed record BulkEdit(
    int PlanTaskId,
    IReadOnlyList<BulkTarget> Targets,
    AssignmentState State,
    int Progress,
    DateOnly? CompletedOn,
    string? Note);

public sealed record BulkTarget(int AssignmentId, Guid ExpectedVersion);

/// <summary>One unit's line in a bulk preview: from what to what, and whether that change is allowed.</summary>
public sealed record BulkPreviewRow(AssignmentSnapshot Current, UnitName Unit, IReadOnlyList<EditError> Errors);

public abstract record BulkOutcome
{
    private BulkOutcome()
    {
    }

    public sealed record Applied(int Count) : BulkOutcome;

    public sealed record Invalid(IReadOnlyList<BulkPreviewRow> Rows) : BulkOutcome;

    /// <summary>Some assignments changed after the preview: nothing was applied.</summary>
    public sealed record Conflict(IReadOnlyList<int> AssignmentIds) : BulkOutcome;

    /// <summary>The caller may not bulk-update, or may not update one of the targeted units: nothing was applied, and the refusal is audited.</summary>
    public sealed record Forbidden : BulkOutcome;
}
