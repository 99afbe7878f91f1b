using SteeringDashboard.Web.Files;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>Where the files attached to units' reports are downloaded.</summary>
public static class ReportAttachmentDownload
{
    /// <summary>
    /// /reports/attachments/{id}: a file attached now or removed since (the history lists both), for a signed-in person who
    /// may read the evidence of the report's unit (a refusal is audited).
    /// </summary>
    public static readonly FileDownload Route = new("/reports/attachments", "report attachment", FileDownload.ReadEvidenceOfUnit, (db, id) =>
        db.UnitReportAttachments.Where(x => x.Id == id).Select(x => new StoredFile(x.FileName, x.ContentType, x.StoredName, x.UnitReport!.UnitId)));
}
