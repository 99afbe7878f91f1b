using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>
/// Serves a file attached to a unit's report (attached now or removed since: the history lists both) under the name it
/// was uploaded with, to a signed-in person who may read the evidence of the report's unit (checked against the account
/// as stored now; a refusal is audited).
/// </summary>
public static class ReportAttachmentDownload
{
    public const string Route = "/reports/attachments/{id:long}";

    /// <summary>The download address of one attachment.</summary>
    public static string PathOf(long attachmentId) => "/reports/attachments/" + attachmentId.ToString(CultureInfo.InvariantCulture);

    public static IEndpointConventionBuilder MapReportAttachmentDownload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, DownloadAsync).RequireAuthorization();

    private static async Task<IResult> DownloadAsync(
        long id,
        IDbContextFactory<SteeringDbContext> factory,
        EvidenceStore store,
        AccessGuard guard,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return Results.Challenge();
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var file = await db.UnitReportAttachments
            .Where(a => a.Id == id)
            .Select(a => new { a.FileName, a.ContentType, a.StoredName, a.UnitReport!.UnitId })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return Results.NotFound();
        }

        var caller = new Caller(userId, context.Connection.RemoteIpAddress?.ToString());
        var target = "report attachment " + id.ToString(CultureInfo.InvariantCulture);
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
