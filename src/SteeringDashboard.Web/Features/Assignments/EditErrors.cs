using System.Globalization;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Assignments;

namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>The field of the edit form that an <see cref="EditError"/> is about, so its message is shown beside that field.</summary>
public enum EditField
{
    State,
    Progress,
    CompletedOn,
    Note,
    EvidenceUrl,
    EvidenceFile,
}

/// <summary>The user's-language message for each rule an edit can break, and the field it belongs to.</summary>
public static class EditErrors
{
    public static EditField FieldOf(EditError error) => error switch
    {
        EditError.ProgressOutOfRange or EditError.CompletedNeedsFullProgress or EditError.NotStartedNeedsZeroProgress => EditField.Progress,
        EditError.CompletedNeedsCompletionDate or EditError.CompletionDateOnlyWhenCompleted
            or EditError.CompletionDateInFuture or EditError.CompletionDateBeforeStart => EditField.CompletedOn,
        EditError.NoteTooLong => EditField.Note,
        EditError.EvidenceUrlInvalid => EditField.EvidenceUrl,
        EditError.EvidenceFileTooLarge or EditError.EvidenceFileTypeNotAllowed or EditError.EvidenceFileEmpty => EditField.EvidenceFile,
        _ => EditField.State,
    };

    /// <param name="maxFileBytes">The evidence size limit, named in the "too large" message.</param>
    public static string Message(EditError error, IStringLocalizer<AssignmentsText> text, long maxFileBytes) => error switch
    {
        EditError.ProgressOutOfRange => text["ErrorProgressOutOfRange"],
        EditError.CompletedNeedsFullProgress => text["ErrorCompletedNeedsFullProgress"],
        EditError.CompletedNeedsCompletionDate => text["ErrorCompletedNeedsCompletionDate"],
        EditError.CompletionDateOnlyWhenCompleted => text["ErrorCompletionDateOnlyWhenCompleted"],
        EditError.CompletionDateInFuture => text["ErrorCompletionDateInFuture"],
        EditError.CompletionDateBeforeStart => text["ErrorCompletionDateBeforeStart"],
        EditError.NotStartedNeedsZeroProgress => text["ErrorNotStartedNeedsZeroProgress"],
        EditError.NoteTooLong => text["ErrorNoteTooLong", AssignmentEditRules.NoteMaxLength.ToString("N0", CultureInfo.CurrentCulture)],
        EditError.EvidenceUrlInvalid => text["ErrorEvidenceUrlInvalid"],
        EditError.EvidenceFileTooLarge => text["ErrorEvidenceFileTooLarge", FileSizeText.Format(maxFileBytes, text)],
        EditError.EvidenceFileTypeNotAllowed => text["ErrorEvidenceFileTypeNotAllowed"],
        EditError.EvidenceFileEmpty => text["ErrorEvidenceFileEmpty"],
        _ => text["ErrorUnknown"],
    };

    /// <summary>The messages of the errors that belong to <paramref name="field"/>, as one text; null when there are none.</summary>
    public static string? For(EditField field, IReadOnlyList<EditError> errors, IStringLocalizer<AssignmentsText> text, long maxFileBytes)
    {
        var messages = errors.Where(e => FieldOf(e) == field).Select(e => Message(e, text, maxFileBytes)).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }
}
