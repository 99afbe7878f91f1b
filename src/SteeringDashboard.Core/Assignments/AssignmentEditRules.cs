namespace SteeringDashboard.Core.Assignments;

/// <summary>Why an edit of an assignment was refused; the screens show each in the user's language.</summary>
public enum EditError
{
    ProgressOutOfRange = 1,
    CompletedNeedsFullProgress,
    CompletedNeedsCompletionDate,
    CompletionDateOnlyWhenCompleted,
    CompletionDateInFuture,
    CompletionDateBeforeStart,
    NotStartedNeedsZeroProgress,
    NoteTooLong,
    EvidenceUrlInvalid,
    EvidenceFileTooLarge,
    EvidenceFileTypeNotAllowed,
    EvidenceFileEmpty,
}

/// <summary>The rules an assignment's new state must follow; the database holds the same ones as constraints where it can.</summary>
public static class AssignmentEditRules
{
    public const int NoteMaxLength = 1000;
    public const int EvidenceUrlMaxLength = 500;

    /// <param name="today">The Ha Noi date now: a completion cannot be dated later.</param>
    /// <param name="taskStart">The task's start date: a completion cannot be dated earlier.</param>
    public static IReadOnlyList<EditError> Validate(
        AssignmentState state, int progress, DateOnly? completedOn, string? note, string? evidenceUrl, DateOnly today, DateOnly taskStart)
    {
        var errors = new List<EditError>();
        if (progress is < 0 or > 100)
        {
            errors.Add(EditError.ProgressOutOfRange);
        }

        if (state == AssignmentState.Completed)
        {
            if (progress != 100)
            {
                errors.Add(EditError.CompletedNeedsFullProgress);
            }

            if (completedOn is null)
            {
                errors.Add(EditError.CompletedNeedsCompletionDate);
            }
        }
        else if (completedOn is not null)
        {
            errors.Add(EditError.CompletionDateOnlyWhenCompleted);
        }

        if (state == AssignmentState.NotStarted && progress != 0)
        {
            errors.Add(EditError.NotStartedNeedsZeroProgress);
        }

        if (completedOn > today)
        {
            errors.Add(EditError.CompletionDateInFuture);
        }

        if (completedOn < taskStart)
        {
            errors.Add(EditError.CompletionDateBeforeStart);
        }

        if (note?.Length > NoteMaxLength)
        {
            errors.Add(EditError.NoteTooLong);
        }

        if (evidenceUrl is { Length: > 0 } && !IsWebLink(evidenceUrl))
        {
            errors.Add(EditError.EvidenceUrlInvalid);
        }

        return errors;
    }

    private static bool IsWebLink(string url) =>
        url.Length <= EvidenceUrlMaxLength
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
