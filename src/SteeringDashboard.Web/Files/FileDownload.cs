using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Files;

/// <summary>
/// A file of the store as a download serves it: its names, its type and the unit whose records it belongs to (null for a
/// file of no unit, such as an agenda document).
/// </summary>
public sealed record StoredFile(string FileName, string ContentType, string StoredName, int? UnitId);

/// <summary>Whether the caller may read a file found; a check of a permission audits its refusals as the target given.</summary>
public delegate Task<bool> FileReadCheck(AccessGuard guard, Caller caller, StoredFile file, string target, CancellationToken cancellationToken);

/// <summary>
/// The one way the app serves a stored file: a GET by id under a path of its own, to a signed-in person whom the download's
/// check lets read it (checked against the account as stored now), under the name it was uploaded with (its extension the
/// recognised type's). A kind of file says only which record it reads and which check applies.
/// </summary>
/// <param name="prefix">The path the id follows, such as "/evidence".</param>
/// <param name="kind">What a refusal is audited as, before the id.</param>
/// <param name="mayRead">Whether the caller may read the file found.</param>
/// <param name="find">The file's record by id (none when there is no such record).</param>
public sealed class FileDownload(string prefix, string kind, FileReadCheck mayRead, Func<SteeringDbContext, long, IQueryable<StoredFile>> find)
{
    /// <summary>The check of files that belong to a unit's records: the caller may read the evidence of the file's unit.</summary>
    public static readonly FileReadCheck ReadEvidenceOfUnit = async (guard, caller, file, target, cancellationToken) =>
        await guard.AuthorizeAsync(caller, SteeringAction.ReadEvidence, file.UnitId, target, cancellationToken) is not null;

    /// <summary>The check of files every role reads: any enabled account.</summary>
    public static readonly FileReadCheck AnyEnabledAccount = async (guard, caller, _, _, cancellationToken) =>
        await guard.FindActorAsync(caller.UserId, cancellationToken) is not null;

    /// <summary>The route pattern the endpoint is mapped to.</summary>
    public string Pattern => prefix + "/{id:long}";

    /// <summary>The download address of one file of this kind.</summary>
    public string PathOf(long id) => prefix + "/" + id.ToString(CultureInfo.InvariantCulture);

    public IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(
                Pattern,
                async (long id, IDbContextFactory<SteeringDbContext> factory, FileStore store, AccessGuard guard, HttpContext context, CancellationToken cancellationToken) =>
                {
                    if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
                    {
                        return Results.Challenge();
                    }

                    StoredFile? file;
                    await using (var db = await factory.CreateDbContextAsync(cancellationToken))
                    {
                        file = await find(db, id).SingleOrDefaultAsync(cancellationToken);
                    }

                    var caller = new Caller(userId, context.Connection.RemoteIpAddress?.ToString());
                    if (file is null || !await mayRead(guard, caller, file, string.Create(CultureInfo.InvariantCulture, $"{kind} {id}"), cancellationToken))
                    {
                        return Unavailable(context);
                    }

                    return Serve(store, file, context);
                })
            .RequireAuthorization();

    private static IResult Serve(FileStore store, StoredFile file, HttpContext context)
    {
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
        return Results.File(content, file.ContentType, fileDownloadName: FileStore.DownloadName(file.FileName, file.ContentType));
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
}

/// <summary>Maps the endpoints of the kinds of stored files.</summary>
public static class FileDownloadEndpoints
{
    public static IEndpointRouteBuilder MapFileDownloads(this IEndpointRouteBuilder endpoints, params ReadOnlySpan<FileDownload> downloads)
    {
        foreach (var download in downloads)
        {
            download.Map(endpoints);
        }

        return endpoints;
    }
}
