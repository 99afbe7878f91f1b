using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Assignments;

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
                return await db.UnitReportAttachments
                    .Where(x => x.Id == id)
                    .Select(x => new GuardedFile(x.FileName, x.ContentType, x.StoredName, x.UnitReport!.UnitId))
                    .SingleOrDefaultAsync(cancellationToken);
            },
            GuardedFileDownload.MayReadEvidence(guard, "report attachment " + id.ToString(CultureInfo.InvariantCulture), cancellationToken),
            store,
            context);
}
