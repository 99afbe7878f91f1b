using System.Globalization;
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

    private static Task<IResult> DownloadAsync(
        long id,
        IDbContextFactory<SteeringDbContext> factory,
        EvidenceStore store,
        AccessGuard guard,
        HttpContext context,
        CancellationToken cancellationToken) =>
        GuardedFileDownload.ServeAsync(
            async () =>
            {
                await using var db = await factory.CreateDbContextAsync(cancellationToken);
                return await db.AssignmentEvidence
                    .Where(x => x.Id == id)
                    .Select(x => new GuardedFile(x.FileName, x.ContentType, x.StoredName, db.Assignments.Where(a => a.Id == x.AssignmentId).Select(a => a.UnitId).First()))
                    .SingleOrDefaultAsync(cancellationToken);
            },
            GuardedFileDownload.MayReadEvidence(guard, "evidence " + id.ToString(CultureInfo.InvariantCulture), cancellationToken),
            store,
            context);
}
