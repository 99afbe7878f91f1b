using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Assignments;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Indicators;

/// <summary>
/// Downloads of the figures screens: a figures table as CSV or XLSX for the filter in the query string, exactly as the
/// signed-in reader sees it on <c>/figures</c> (their role read from the store now), and the import template. And the import
/// page's import as a multipart form post (<see cref="ImportRoute"/>), for clients that are not a browser page (the crash
/// harness): the file in <see cref="ImportFileField"/>, the confirmed outlier rows in <see cref="ImportConfirmField"/>, the
/// antiforgery token of one of the app's pages; it goes through the same <see cref="FigureImport.ImportAsync"/> as the page
/// (permission check, rules, all or nothing, history, live update) and answers 200 when applied, 400, 403 or 415 with a
/// message in the reader's language when nothing was applied.
/// </summary>
public static class FigureEndpoints
{
    public const string ExportRoute = "/figures/export";
    public const string TemplateRoute = "/figures/template";
    public const string ImportRoute = "/figures/import/file";
    public const string ImportFileField = "file";
    public const string ImportConfirmField = "confirm";

    public static IEndpointRouteBuilder MapFigureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportRoute, ExportAsync).RequireAuthorization();
        endpoints.MapGet(TemplateRoute, TemplateAsync).RequireAuthorization(nameof(SteeringAction.RecordFigures));
        endpoints.MapPost(ImportRoute, ImportAsync).RequireAuthorization();
        return endpoints;
    }

    /// <summary>What an applied import did.</summary>
    public sealed record ImportApplied(int Added, int Changed, int Unchanged, string Message);

    /// <summary>The template's download address in <paramref name="format"/>.</summary>
    public static string TemplatePath(FigureFileFormat format) => $"{TemplateRoute}?{FigureFilterQuery.FormatKey}={FigureFilterQuery.FormatName(format)}";

    public static string ContentTypeOf(FigureFileFormat format) =>
        format == FigureFileFormat.Csv ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<IResult> ExportAsync(
        HttpContext context,
        AccessGuard guard,
        FigureTableQueries queries,
        IOptions<PrivacyOptions> privacy,
        IStringLocalizer<FiguresText> text,
        IStringLocalizer<SharedText> shared,
        IStringLocalizer<PrivacyText> privacyText,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (FigureFilterQuery.FormatOf(context.Request.Query[FigureFilterQuery.FormatKey]) is not { } format)
        {
            return Results.BadRequest();
        }

        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId || await guard.FindActorAsync(userId, cancellationToken) is not { } reader)
        {
            return Results.Challenge();
        }

        var today = HanoiTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var filter = FigureFilterQuery.Parse(context.Request.Query, today.Year, 12);
        var exporter = new FigureExporter(queries, privacy, text, shared, privacyText, clock);
        var table = await exporter.BuildAsync(filter, reader, cancellationToken);
        var name = string.Create(CultureInfo.InvariantCulture, $"figures-{filter.Year}-{filter.FromMonth:00}-{filter.ToMonth:00}.{FigureFilterQuery.FormatName(format)}");
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(FigureExport.Write(table, format), ContentTypeOf(format), name);
    }

    /// <summary>The template for the signed-in account; without a format, the XLSX workbook; an unknown format is answered in words.</summary>
    private static async Task<IResult> TemplateAsync(
        [FromQuery] string? format, HttpContext context, AccessGuard guard, FigureImport import, IStringLocalizer<FiguresText> text, CancellationToken cancellationToken)
    {
        var fileFormat = string.IsNullOrEmpty(format) ? FigureFileFormat.Xlsx : FigureFilterQuery.FormatOf(format);
        if (fileFormat is null)
        {
            return Results.Text(text["TemplateFormatUnknown", format!, TemplatePath(FigureFileFormat.Csv), TemplatePath(FigureFileFormat.Xlsx)], "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId || await guard.FindActorAsync(userId, cancellationToken) is not { } reader)
        {
            return Results.Challenge();
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";
        var file = await import.TemplateAsync(fileFormat.Value, reader, cancellationToken);
        return Results.File(file, ContentTypeOf(fileFormat.Value), "figures-template." + FigureFilterQuery.FormatName(fileFormat.Value));
    }

    private static async Task<IResult> ImportAsync(
        HttpContext context,
        IAntiforgery antiforgery,
        FigureImport import,
        FigureImportOptions limits,
        IStringLocalizer<FiguresText> text,
        IStringLocalizer<AssignmentsText> sizeText,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await SignedInFormPost.ReadAsync(context, antiforgery, text["ApiFileRequired"], cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var form = post.Form;
        if (form.Files.GetFile(ImportFileField) is not { } file)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ImportFileField] = [text["ApiFileRequired"]] });
        }

        var confirmed = new List<int>();
        foreach (var row in form[ImportConfirmField])
        {
            if (!int.TryParse(row, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ImportConfirmField] = [text["ApiConfirmInvalid"]] });
            }

            confirmed.Add(number);
        }

        // The page's own checks before reading: the file's kind by its name, and its size.
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        FigureImportOutcome outcome;
        if (extension is not (".csv" or ".xlsx"))
        {
            outcome = new FigureImportOutcome.FileRejected(FigureFileError.NotASpreadsheet, []);
        }
        else if (file.Length > limits.MaxBytes)
        {
            outcome = new FigureImportOutcome.FileRejected(FigureFileError.TooLarge, []);
        }
        else
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            content.Position = 0;
            var format = extension == ".csv" ? FigureFileFormat.Csv : FigureFileFormat.Xlsx;
            outcome = await import.ImportAsync(content, format, post.Caller, confirmed, cancellationToken);
        }

        return outcome switch
        {
            FigureImportOutcome.Applied applied => TypedResults.Ok(new ImportApplied(
                applied.Added,
                applied.Changed,
                applied.Unchanged,
                text["Applied", Count(applied.Added), Count(applied.Changed), Count(applied.Unchanged)])),
            FigureImportOutcome.FileRejected rejected => TypedResults.Problem(
                string.Join(
                    " ",
                    new[]
                    {
                        FigureErrorText.Of(text, rejected.Error, limits, bytes => FileSizeText.Format(bytes, sizeText)),
                        rejected.Columns.Count > 0 ? text["ColumnsNamed", string.Join(", ", rejected.Columns)].Value : null,
                        text["NothingApplied"].Value,
                    }.OfType<string>()),
                statusCode: StatusCodes.Status400BadRequest),
            FigureImportOutcome.Invalid invalid => TypedResults.ValidationProblem(
                invalid.Errors.GroupBy(e => string.Create(CultureInfo.InvariantCulture, $"row {e.Row}"))
                    .ToDictionary(g => g.Key, g => g.Select(e => $"{e.Column}: {FigureErrorText.Of(text, e.Code)}").ToArray()),
                detail: text["ImportInvalid", Count(invalid.Errors.Count), Count(invalid.Errors.Select(e => e.Row).Distinct().Count())]),
            FigureImportOutcome.NeedsConfirmation needs => TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    [ImportConfirmField] = [.. needs.Outliers.Select(o => o.Row.ToString(CultureInfo.InvariantCulture))],
                },
                detail: text["ImportOutliers"] + " " + text["NothingApplied"]),
            FigureImportOutcome.Forbidden => TypedResults.Problem(text["ImportForbidden"], statusCode: StatusCodes.Status403Forbidden),
            _ => throw new InvalidOperationException($"An import is applied or refused, never only checked: {outcome}"),
        };
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
