using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Assignments;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>
/// POST /reports/{type}/units/{unit}/submit: the report form's submission as a multipart form post, for clients that are not
/// a browser page (the crash harness). It goes through the same <see cref="ReportSubmissionService.SubmitAsync(Caller, int, int, string?, IReadOnlyList{ReportFigure}, Guid?, ReportAttachmentChanges, CancellationToken)"/>
/// as the form, so the permission check, the rules, the version check, the history row, the attachments kept only with a
/// committed submission and the live update are the same; it requires a signed-in account, a form body and the antiforgery
/// token of one of the app's pages. Fields: <see cref="VersionField"/> (empty when no report was seen), <see cref="SummaryField"/>,
/// one <c>figure.{indicatorId}</c> per indicator, files in <see cref="AttachmentsField"/>, attachment ids in
/// <see cref="RemoveField"/>. Answers in JSON: 200 with the report as saved; 409 with the report as it now is; 400, 403 or
/// 404 with a message in the reader's language; nothing is saved except on 200.
/// </summary>
public static class ReportSubmitEndpoint
{
    public const string Route = "/reports/{typeId:int}/units/{unitId:int}/submit";

    public const string VersionField = "version";
    public const string SummaryField = "summary";
    public const string FigureFieldPrefix = "figure.";
    public const string AttachmentsField = "attachments";
    public const string RemoveField = "remove";

    /// <summary>The address to post a submission of <paramref name="unitId"/>'s report of type <paramref name="reportTypeId"/> to.</summary>
    public static string PathOf(int reportTypeId, int unitId) =>
        string.Create(CultureInfo.InvariantCulture, $"/reports/{reportTypeId}/units/{unitId}/submit");

    public static IEndpointRouteBuilder MapReportSubmitEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, SubmitAsync).RequireAuthorization();
        return endpoints;
    }

    /// <summary>An attached file of the report as it now is.</summary>
    public sealed record AttachedFile(long Id, string FileName, long SizeBytes);

    /// <summary>What the client gets back: the report as it now is (no version when there is none yet).</summary>
    public sealed record SubmittedReport(
        int? UnitReportId, Guid? Version, UnitReportState? State, bool IsLate, IReadOnlyList<AttachedFile> Attachments, string? Message);

    private static async Task<IResult> SubmitAsync(
        int typeId,
        int unitId,
        HttpContext context,
        IAntiforgery antiforgery,
        ReportSubmissionService submissions,
        FileStore store,
        IStringLocalizer<ReportsText> text,
        IStringLocalizer<AssignmentsText> assignmentsText,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await SignedInFormPost.ReadAsync(context, antiforgery, text["ApiFormRequired"], cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var form = post.Form;
        var invalid = new Dictionary<string, string[]>();
        Guid? version = null;
        if (form[VersionField].ToString() is { Length: > 0 } versionText)
        {
            version = Guid.TryParse(versionText, out var parsed) ? parsed : Invalid(VersionField, invalid, text);
        }

        var figures = new List<ReportFigure>();
        foreach (var (name, values) in form.Where(f => f.Key.StartsWith(FigureFieldPrefix, StringComparison.Ordinal)))
        {
            if (int.TryParse(name[FigureFieldPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var indicatorId)
                && int.TryParse(values.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                figures.Add(new ReportFigure(indicatorId, value));
            }
            else
            {
                Invalid(name, invalid, text);
            }
        }

        var remove = new List<long>();
        foreach (var id in form[RemoveField])
        {
            if (long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var attachmentId))
            {
                remove.Add(attachmentId);
            }
            else
            {
                Invalid(RemoveField, invalid, text);
            }
        }

        var files = form.Files.GetFiles(AttachmentsField);
        var fileSize = FileSizeText.Format(store.MaxBytes, assignmentsText);
        if (files.Sum(f => f.Length) > store.MaxTotalBytes)
        {
            invalid[AttachmentsField] = [text["ErrorAttachmentsTotalTooLarge", FileSizeText.Format(store.MaxTotalBytes, assignmentsText)]];
        }

        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var streams = files.Select(f => f.OpenReadStream()).ToList();
        try
        {
            var uploads = files.Select((f, i) => new FileUpload(f.FileName, streams[i])).ToList();
            var outcome = await submissions.SubmitAsync(
                post.Caller, typeId, unitId, form[SummaryField].ToString(), figures, version, new ReportAttachmentChanges(uploads, remove), cancellationToken);
            return outcome switch
            {
                SubmitOutcome.Submitted saved => TypedResults.Ok(Answer(saved.Report, ReceivedText(saved, text))),
                SubmitOutcome.Conflict conflict => TypedResults.Conflict(conflict.Current is null
                    ? new SubmittedReport(null, null, null, false, [], text["ConflictTitle"])
                    : Answer(conflict.Current, text["ConflictTitle"])),
                SubmitOutcome.Invalid errors => TypedResults.ValidationProblem(Errors(errors, text, fileSize)),
                SubmitOutcome.Forbidden => TypedResults.Problem(text["SubmitForbidden"], statusCode: StatusCodes.Status403Forbidden),
                _ => TypedResults.Problem(text["ReportNotFoundMessage"], statusCode: StatusCodes.Status404NotFound),
            };
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    private static Guid? Invalid(string field, Dictionary<string, string[]> invalid, IStringLocalizer<ReportsText> text)
    {
        invalid[field] = [text["ApiFieldInvalid", field]];
        return null;
    }

    private static Dictionary<string, string[]> Errors(SubmitOutcome.Invalid invalid, IStringLocalizer<ReportsText> text, string fileSize)
    {
        var named = (invalid.Files ?? []).Select(f => (Field: ReportField.Attachments, Message: $"{f.FileName}: {ReportErrors.Message(f.Error, text, fileSize)}"));
        var others = invalid.Errors.Where(e => invalid.Files?.Any(f => f.Error == e) != true)
            .Select(e => (Field: ReportErrors.FieldOf(e), Message: ReportErrors.Message(e, text, fileSize)));
        return named.Concat(others)
            .GroupBy(e => e.Field)
            .ToDictionary(g => FieldName(g.Key), g => g.Select(e => e.Message).Distinct().ToArray());
    }

    private static string FieldName(ReportField field) => field switch
    {
        ReportField.Summary => SummaryField,
        ReportField.Figures => "figures",
        ReportField.Attachments => AttachmentsField,
        _ => "form",
    };

    private static string ReceivedText(SubmitOutcome.Submitted submitted, IStringLocalizer<ReportsText> text)
    {
        var received = ReportFormats.HanoiTimeOf(submitted.Report.SubmittedAtUtc);
        return submitted.Change == UnitReportChange.Corrected ? text["CorrectionSaved", received]
            : submitted.Report.IsLate ? text["ReceivedLate", received]
            : text["ReceivedOnTime", received];
    }

    private static SubmittedReport Answer(UnitReportSnapshot report, string? message) =>
        new(report.UnitReportId, report.Version, report.State, report.IsLate, [.. report.Attachments.Select(a => new AttachedFile(a.Id, a.FileName, a.SizeBytes))], message);
}
