using System.Security.Claims;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>A file of the evidence store as a download serves it: its names, its type and the unit whose evidence it is.</summary>
public sealed record GuardedFile(string FileName, string ContentType, string StoredName, int UnitId);

/// <summary>
/// Serves a file of the evidence store under the name it was uploaded with, to a signed-in person who may read the evidence
/// of the file's unit (checked against the account as stored now; a refusal is audited).
/// </summary>
public static class GuardedFileDownload
{
    /// <param name="findAsync">Reads the file's record; null when there is none.</param>
    /// <param name="target">The file as the audit log names a refusal, e.g. "evidence 12".</param>
    public static async Task<IResult> ServeAsync(
        Func<Task<GuardedFile?>> findAsync, string target, EvidenceStore store, AccessGuard guard, HttpContext context, CancellationToken cancellationToken)
    {
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return Results.Challenge();
        }

        if (await findAsync() is not { } file)
        {
            return Results.NotFound();
        }

        var caller = new Caller(userId, context.Connection.RemoteIpAddress?.ToString());
        if (await guard.AuthorizeAsync(caller, SteeringAction.ReadEvidence, file.UnitId, target, cancellationToken) is null)
        {
            return Results.Forbid();
        }

        Stream content;
        try
        {
            content = store.Open(file.StoredName);
        }
        catch (FileNotFoundException)
        {
            return Results.NotFound();
        }

        // The stored type was recognised from the file's first bytes; browsers must not guess another one.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(content, file.ContentType, fileDownloadName: file.FileName);
    }
}
