using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>
/// Serves a stored evidence file as a download under the name it was uploaded with, to a signed-in person who may read
/// the evidence of the assignment's unit (checked against the account as stored now; a refusal is audited).
/// </summary>
public static class EvidenceDownload
{
    public const string Route = "/evidence/{id:long}";

    /// <summary>The download address of one evidence file.</summary>
    public static string PathOf(long evidenceId) => "/evidence/" + evidenceId.ToString(CultureInfo.InvariantCulture);

    public static IEndpointConventionBuilder MapEvidenceDownload(this IEndpointRouteBuilder endpoints) =>
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
        var file = await db.AssignmentEvidence
            .Where(e => e.Id == id)
            .Select(e => new { e.FileName, e.ContentType, e.StoredName, UnitId = db.Assignments.Where(a => a.Id == e.AssignmentId).Select(a => a.UnitId).First() })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return Results.NotFound();
        }

        var caller = new Caller(userId, context.Connection.RemoteIpAddress?.ToString());
        var target = "evidence " + id.ToString(CultureInfo.InvariantCulture);
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
