using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Web.Files;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>
/// Serves a file attached to a unit's report (attached now or removed since: the history lists both) to a signed-in person
/// who may read the evidence of the report's unit (a refusal is audited), through <see cref="FileDownload"/>.
/// </summary>
public static class ReportAttachmentDownload
{
    public const string Route = "/reports/attachments/{id:long}";

    /// <summary>The download address of one attachment.</summary>
    public static string PathOf(long attachmentId) => "/reports/attachments/" + attachmentId.ToString(CultureInfo.InvariantCulture);

    public static IEndpointConventionBuilder MapReportAttachmentDownload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapFileDownload(
            Route,
            "report attachment",
            (db, id, cancellationToken) => db.UnitReportAttachments
                .Where(x => x.Id == id)
                .Select(x => new StoredFile(x.FileName, x.ContentType, x.StoredName, x.UnitReport!.UnitId))
                .SingleOrDefaultAsync(cancellationToken),
            FileDownload.ReadEvidenceOfUnit);
}
