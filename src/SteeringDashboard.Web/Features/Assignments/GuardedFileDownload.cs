using System.Security.Claims;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>
/// A file of the evidence store as a download serves it: its names, its type and the unit whose records it belongs to
/// (null for a file of no unit, such as an agenda document).
/// </summary>
public sealed record GuardedFile(string FileName, string ContentType, string StoredName, int? UnitId);

/// <summary>
/// Serves a file of the evidence store under the name it was uploaded with (its extension the recognised type's), to a signed-in person whom the download's
/// check lets read it (checked against the account as stored now).
/// </summary>
public static class GuardedFileDownload
{
    /// <param name="findAsync">Reads the file's record; null when there is none.</param>
    /// <param name="mayReadAsync">Whether the caller may read the file found (a check of a permission audits its refusals).</param>
    public static async Task<IResult> ServeAsync(
        Func<Task<GuardedFile?>> findAsync, Func<Caller, GuardedFile, Task<bool>> mayReadAsync, EvidenceStore store, HttpContext context)
    {
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return Results.Challenge();
        }

        if (await findAsync() is not { } file || !await mayReadAsync(new Caller(userId, context.Connection.RemoteIpAddress?.ToString()), file))
        {
            return Unavailable(context);
        }

        Stream content;
        try
        {
            content = store.Open(file.StoredName);
        }
        catch (FileNotFoundException)
        {
            return Unavailable(context);
        }

        // The stored type was recognised from the file's first bytes; browsers must not guess another one.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(content, file.ContentType, fileDownloadName: EvidenceStore.DownloadName(file.FileName, file.ContentType));
    }

    /// <summary>
    /// The one answer for a file that does not exist and for one the reader may not open (the refusal is audited by the check),
    /// so that trying ids tells nothing; it names both reasons in the reader's language.
    /// </summary>
    private static IResult Unavailable(HttpContext context) =>
        Results.Text(
            context.RequestServices.GetRequiredService<IStringLocalizer<SharedText>>()["FileUnavailable"],
            "text/plain; charset=utf-8",
            statusCode: StatusCodes.Status404NotFound);

    /// <summary>The check of a unit's evidence: the caller may read the evidence of the file's unit; a refusal is audited as <paramref name="target"/>.</summary>
    /// <param name="target">The file as the audit log names a refusal, e.g. "evidence 12".</param>
    public static Func<Caller, GuardedFile, Task<bool>> MayReadEvidence(AccessGuard guard, string target, CancellationToken cancellationToken) =>
        async (caller, file) => await guard.AuthorizeAsync(caller, SteeringAction.ReadEvidence, file.UnitId, target, cancellationToken) is not null;
}
