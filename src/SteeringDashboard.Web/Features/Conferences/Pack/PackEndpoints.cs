using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Conferences.Commendations;
using SteeringDashboard.Web.Features.Conferences.ConferenceReport;
using SteeringDashboard.Web.Features.Indicators;

namespace SteeringDashboard.Web.Features.Conferences.Pack;

/// <summary>
/// Downloads of the conference pack's tables, as the print view of the same version shows them to the signed-in reader (their
/// role read from the store now): XLSX with one sheet per table, or CSV of the one table named in the query string. A committee
/// version refused to the reader is answered 403 with the reason (the refusal is audited).
/// </summary>
public static class PackEndpoints
{
    public const string ExportRoute = "/conference/{conferenceId:int}/pack/export";
    public const string VersionKey = "version";
    public const string TableKey = "table";

    public static IEndpointRouteBuilder MapPackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportRoute, ExportAsync).RequireAuthorization();
        return endpoints;
    }

    /// <summary>The export's address: the whole pack as XLSX when <paramref name="table"/> is null, else that table; the latest version when <paramref name="version"/> is null.</summary>
    public static string ExportPath(int conferenceId, int? version, FigureFileFormat format, PackTableKey? table = null)
    {
        var query = new List<string> { $"{FigureFilterQuery.FormatKey}={FigureFilterQuery.FormatName(format)}" };
        if (version is { } number)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"{VersionKey}={number}"));
        }

        if (table is { } key)
        {
            query.Add($"{TableKey}={TableName(key)}");
        }

        return string.Create(CultureInfo.InvariantCulture, $"/conference/{conferenceId}/pack/export?{string.Join("&", query)}");
    }

    public static string TableName(PackTableKey table) => table.ToString().ToLowerInvariant();

    private static async Task<IResult> ExportAsync(
        int conferenceId,
        [FromQuery(Name = VersionKey)] int? version,
        HttpContext context,
        AccessGuard guard,
        ConferenceQueries conferences,
        ConferenceReportQueries review,
        PackService packs,
        CommendationQueries commendations,
        IOptions<PrivacyOptions> privacy,
        IStringLocalizer<PackExportText> text,
        IStringLocalizer<PackPrintText> print,
        IStringLocalizer<ConferenceReportText> reviewText,
        IStringLocalizer<ConferenceText> conferenceText,
        IStringLocalizer<CommendationText> commendationText,
        IStringLocalizer<SharedText> shared,
        IStringLocalizer<PrivacyText> privacyText,
        CancellationToken cancellationToken)
    {
        var tableName = context.Request.Query[TableKey].ToString();
        var table = FigureFilterQuery.EnumOf<PackTableKey>(tableName);
        if (FigureFilterQuery.FormatOf(context.Request.Query[FigureFilterQuery.FormatKey]) is not { } format
            || (tableName.Length > 0 && table is null)
            || (format == FigureFileFormat.Csv && table is null))
        {
            return Results.BadRequest();
        }

        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId || await guard.FindActorAsync(userId, cancellationToken) is not { } reader)
        {
            return Results.Challenge();
        }

        var pack = await new PackLoader(conferences, review, packs, commendations, privacy.Value)
            .LoadAsync(conferenceId, version, reader, context.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (pack?.Refused is { } refused)
        {
            // The versions list names every version, so a refusal says why rather than pretending there is none.
            return Results.Text(print["CommitteeOnly", refused.Number], "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }

        if (pack?.Display is null)
        {
            return Results.NotFound();
        }

        var figures = new FigureTexts(privacyText, privacy.Value.VictimThreshold);
        var tables = new PackTables(text, print, reviewText, conferenceText, commendationText, shared, figures).Build(pack)
            .Where(t => table is null || t.Key == table)
            .ToList();
        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"pack-{conferenceId}-{(pack.Frozen is { } frozen ? $"v{frozen.Number}" : "live")}{(table is { } key ? "-" + TableName(key) : "")}.{FigureFilterQuery.FormatName(format)}");
        var file = format == FigureFileFormat.Csv
            ? FigureExport.Write(tables.Single().Table, format)
            : FigureExport.WriteWorkbook([.. tables.Select(t => new ExportSheet(t.Name, t.Table))]);
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(file, FigureEndpoints.ContentTypeOf(format), name);
    }
}
