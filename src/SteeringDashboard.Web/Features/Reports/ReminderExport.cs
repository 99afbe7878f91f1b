using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>
/// Downloads the reminder list as CSV or XLSX, with its filters written at the top, to a signed-in person who may chase
/// reports: the policy checks the session's role, then the account as stored now is checked (a refusal is audited).
/// </summary>
public static class ReminderExport
{
    public const string Route = "/reports/reminders/export";
    public const string ReportKey = "report";
    public const string FormatKey = "format";

    /// <summary>The download address for the list the screen shows.</summary>
    public static string PathOf(PlanSelection selection, int? reportTypeId, FigureFileFormat format) =>
        Route + ReminderPage.QueryOf(selection, reportTypeId) + $"&{FormatKey}={format.ToString().ToLowerInvariant()}";

    public static IEndpointConventionBuilder MapReminderExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, DownloadAsync).RequireAuthorization(nameof(SteeringAction.ChaseReports));

    private static async Task<IResult> DownloadAsync(
        HttpContext context,
        [FromServices] PlanQueries plans,
        [FromServices] ReminderQueries reminders,
        [FromServices] AccessGuard guard,
        [FromServices] IStringLocalizer<ReminderText> text,
        [FromServices] IStringLocalizer<MatrixText> matrixText,
        [FromServices] IStringLocalizer<SharedText> shared,
        [FromServices] TimeProvider clock,
        [FromQuery(Name = PlanSelection.PlanKey)] int? plan,
        [FromQuery(Name = PlanSelection.AsOfKey)] string? asOf,
        [FromQuery(Name = ReportKey)] int? report,
        [FromQuery(Name = FormatKey)] string? format,
        CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<FigureFileFormat>(format, ignoreCase: true, out var fileFormat) || !Enum.IsDefined(fileFormat) || int.TryParse(format, out _))
        {
            return Results.BadRequest();
        }

        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return Results.Challenge();
        }

        var caller = new Caller(userId, context.Connection.RemoteIpAddress?.ToString());
        if (await guard.AuthorizeAsync(caller, SteeringAction.ChaseReports, null, "report reminders", cancellationToken) is null)
        {
            return Results.Forbid();
        }

        if (PlanSelection.Resolve(await plans.ListAsync(cancellationToken), plan, asOf, null, null, HanoiTime.DateOf(clock.GetUtcNow().UtcDateTime)) is not { } selection)
        {
            return Results.NotFound();
        }

        var list = await reminders.LoadAsync(selection.Plan.Id, selection.AsOf, report, cancellationToken);
        var table = ReminderTable.Build(list, selection.Plan, text, matrixText, shared);
        var extension = fileFormat == FigureFileFormat.Csv ? "csv" : "xlsx";
        var contentType = fileFormat == FigureFileFormat.Csv
            ? "text/csv; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        var name = string.Create(CultureInfo.InvariantCulture, $"reminders-{selection.AsOf:yyyy-MM-dd}.{extension}");
        return Results.File(FigureExport.Write(table, fileFormat, text["SheetName"]), contentType, name);
    }
}
