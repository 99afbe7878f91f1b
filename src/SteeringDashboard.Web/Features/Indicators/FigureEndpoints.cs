using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Indicators;

/// <summary>
/// Downloads of the figures screens: a figures table as CSV or XLSX for the filter in the query string, exactly as the
/// signed-in reader sees it on <c>/figures</c> (their role read from the store now), and the import template.
/// </summary>
public static class FigureEndpoints
{
    public const string ExportRoute = "/figures/export";
    public const string TemplateRoute = "/figures/template";

    public static IEndpointRouteBuilder MapFigureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportRoute, ExportAsync).RequireAuthorization();
        endpoints.MapGet(TemplateRoute, TemplateAsync).RequireAuthorization(nameof(SteeringAction.RecordFigures));
        return endpoints;
    }

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
}
