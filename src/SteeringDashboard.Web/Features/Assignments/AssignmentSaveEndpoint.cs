using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>
/// POST /assignments/{id}/save: the edit dialog's save as a form post, for clients that are not a browser page (the load
/// client). It goes through the same <see cref="AssignmentUpdateService.UpdateAsync"/> as the dialog, so the permission
/// check, the rules, the version check, the history row, the audit of a refusal and the live update are the same; it
/// requires a signed-in account, a form body (415 otherwise) and the antiforgery token of one of the app's pages. A
/// multipart form may carry an evidence file (<see cref="EvidenceField"/>), stored with the change as the dialog's upload is. Answers in JSON: 200 with the saved
/// state and its new version; 409 with the current state when the version posted is not the current one; 400, 403 or
/// 404 with a message in the reader's language; 503 with the dialog's message when the server's storage refuses the
/// write (a full disk, a read-only data folder); nothing is saved except on 200.
/// </summary>
public static class AssignmentSaveEndpoint
{
    public const string Route = "/assignments/{id:int}/save";

    public const string VersionField = "version";
    public const string StateField = "state";
    public const string ProgressField = "progress";
    public const string CompletedOnField = "completedOn";
    public const string NoteField = "note";
    public const string EvidenceUrlField = "evidenceUrl";
    public const string EvidenceField = "evidence";

    /// <summary>The address to post the save of assignment <paramref name="assignmentId"/> to.</summary>
    public static string PathOf(int assignmentId) => string.Create(CultureInfo.InvariantCulture, $"/assignments/{assignmentId}/save");

    public static IEndpointRouteBuilder MapAssignmentSaveEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, SaveAsync).RequireAuthorization();
        return endpoints;
    }

    /// <summary>What the client gets back after a save or a conflict: the assignment as it now is.</summary>
    public sealed record SavedState(int AssignmentId, Guid Version, AssignmentState State, int Progress, DateOnly? CompletedOn, string? Message);

    private static async Task<IResult> SaveAsync(
        int id,
        HttpContext context,
        IAntiforgery antiforgery,
        AssignmentUpdateService updates,
        FileStore evidence,
        IStringLocalizer<AssignmentsText> text,
        IStringLocalizer<SharedText> shared,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await SignedInFormPost.ReadAsync(context, antiforgery, text["ApiFormRequired"], cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var form = post.Form;
        var invalid = new Dictionary<string, string[]>();
        var version = Parse<Guid>(form, VersionField, invalid, value => Guid.TryParse(value, out var parsed) ? parsed : null);
        var state = Parse<AssignmentState>(form, StateField, invalid, value =>
            Enum.TryParse<AssignmentState>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null);
        var progress = Parse<int>(form, ProgressField, invalid, value =>
            int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null);
        DateOnly? completedOn = null;
        if (!string.IsNullOrEmpty(form[CompletedOnField]))
        {
            completedOn = Parse<DateOnly>(form, CompletedOnField, invalid, value =>
                DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null);
        }

        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var edit = new AssignmentEdit(id, version, state, progress, completedOn, Optional(form, NoteField), Optional(form, EvidenceUrlField));
        var file = form.Files.GetFile(EvidenceField);
        await using var content = file?.OpenReadStream();
        var upload = file is null ? null : new FileUpload(file.FileName, content!);
        return await updates.UpdateAsync(edit, post.Caller, upload, cancellationToken) switch
        {
            EditOutcome.Saved saved => TypedResults.Ok(StateOf(saved.Current, message: null)),
            EditOutcome.Conflict conflict => TypedResults.Conflict(StateOf(conflict.Current, text["ConflictTitle"])),
            EditOutcome.Invalid errors => TypedResults.ValidationProblem(errors.Errors
                .GroupBy(EditErrors.FieldOf)
                .ToDictionary(
                    group => FieldName(group.Key),
                    group => group.Select(error => EditErrors.Message(error, text, evidence.MaxBytes)).ToArray())),
            EditOutcome.Forbidden => TypedResults.Problem(text["Forbidden"], statusCode: StatusCodes.Status403Forbidden),
            EditOutcome.StorageUnavailable => TypedResults.Problem(shared["StorageUnavailable"], statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => TypedResults.Problem(text["NotFound"], statusCode: StatusCodes.Status404NotFound),
        };

        T Parse<T>(IFormCollection fields, string name, Dictionary<string, string[]> errors, Func<string, T?> parse)
            where T : struct
        {
            if (parse(fields[name].ToString()) is { } value)
            {
                return value;
            }

            errors[name] = [text["ApiFieldInvalid", name]];
            return default;
        }
    }

    private static string? Optional(IFormCollection form, string name) =>
        form[name].ToString() is { Length: > 0 } value ? value : null;

    private static SavedState StateOf(AssignmentSnapshot snapshot, string? message) =>
        new(snapshot.AssignmentId, snapshot.Version, snapshot.State, snapshot.Progress, snapshot.CompletedOn, message);

    private static string FieldName(EditField field) => field switch
    {
        EditField.Progress => ProgressField,
        EditField.CompletedOn => CompletedOnField,
        EditField.Note => NoteField,
        EditField.EvidenceUrl => EvidenceUrlField,
        EditField.EvidenceFile => EvidenceField,
        _ => StateField,
    };
}
