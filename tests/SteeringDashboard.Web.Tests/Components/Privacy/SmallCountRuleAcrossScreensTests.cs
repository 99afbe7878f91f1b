using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Features.Conferences;
using SteeringDashboard.Web.Features.Conferences.ConferenceReport;
using SteeringDashboard.Web.Features.Dashboard;
using SteeringDashboard.Web.Features.Indicators;
using SteeringDashboard.Web.Features.Reports;
using SteeringDashboard.Web.Features.Units;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Privacy;

/// <summary>
/// The small-count rule across every screen and export that shows a monthly victim figure, on the demo data, for each role:
/// every number the reader is shown exactly is collected with the unit-months it adds up (the dashboard at each month's end
/// and each unit kind, every unit page at each month's end, /figures and its export for every unit kind, unit and range of
/// months, the conference review live and frozen, the pack's export, every unit's reports, and every same-period change), and
/// then no figure hidden from that reader may be pinned down by them: not by one of them, nor by any difference or other
/// linear combination (Gaussian elimination), nor by a sum that only one choice of values from 1 to the threshold − 1 makes.
/// </summary>
public sealed class SmallCountRuleAcrossScreensTests(SteeringAppFactory app) : IClassFixture<SteeringAppFactory>
{
    private const string SonTay = "SON-TAY";
    private const string BaDinh = "BA-DINH";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private int PrivacyThreshold => app.Services.GetRequiredService<IOptions<PrivacyOptions>>().Value.VictimThreshold;

    private static readonly (SteeringRole Role, string? UnitCode)[] Readers =
    [
        (SteeringRole.Secretariat, null),
        (SteeringRole.Administrator, null),
        (SteeringRole.UnitReporter, BaDinh),
        (SteeringRole.UnitReporter, SonTay),
        (SteeringRole.CommitteeMember, null),
        (SteeringRole.StandingAgency, null),
    ];

    [Fact]
    public async Task NothingAReaderIsShownPinsDownAFigureHiddenFromThem()
    {
        var data = await DemoFigures.LoadAsync(app.Services, Cancellation);
        var screens = await ReadScreensAsync(data);
        Assert.NotEmpty(screens.Reports.SelectMany(r => r.Report?.Figures ?? []));
        var failures = new List<string>();
        foreach (var (role, unitCode) in Readers)
        {
            var unitId = unitCode is null ? (int?)null : data.Units.Single(u => u.Code == unitCode).Id;
            var account = await app.CreateAccountAsync(role, unitId);
            var disclosure = new FigureDisclosure(account, PrivacyThreshold);
            var shown = new Shown(data);

            WalkDashboard(data, screens, disclosure, shown);
            WalkUnitPages(data, screens, disclosure, shown);
            WalkFigures(data, screens, disclosure, shown);
            WalkReview(data, screens, role, disclosure, shown);
            WalkReports(data, screens, disclosure, shown);
            await WalkExportsAsync(data, screens, account, role, shown);

            var hidden = data.Values.Keys
                .Where(cell => !disclosure.ShowsExactly(data.Indicators[cell.IndicatorId].IsSensitive, cell.UnitId, data.Values[cell]))
                .ToHashSet();
            Assert.True(hidden.Count > 0 || Permissions.ScopeOf(role, SteeringAction.SeeExactVictimFigures) == PermissionScope.Any, $"The demo data hides nothing from {role}.");
            var reader = $"{role}{(unitCode is null ? "" : " of " + unitCode)}";
            failures.AddRange(shown.Mismatches.Select(m => $"{reader}: {m}"));
            failures.AddRange(PinnedFigures.Find(shown.Figures, data, hidden, disclosure.Threshold).Select(p => $"{reader}: {p}"));
        }

        Assert.True(failures.Count == 0, $"{failures.Count} leak(s), among them:\n{string.Join("\n", failures.Take(25))}");
    }

    /// <summary>
    /// What the screens read, once for every reader: the dashboard at the end of each month of the plan's year for all units
    /// and each unit kind, every unit's page at the end of each month, /figures for both years for all units, each unit kind and
    /// each unit, the conference's review report compiled now and its latest frozen pack.
    /// </summary>
    private async Task<Screens> ReadScreensAsync(DemoFigures data)
    {
        var dashboards = new List<DashboardData>();
        foreach (var asOf in data.MonthEnds)
        {
            foreach (var kind in KindFilters)
            {
                dashboards.Add((await app.Services.GetRequiredService<DashboardQueries>().LoadAsync(new PlanFilter(data.PlanId, asOf, Kind: kind), Cancellation))!);
            }
        }

        var unitPages = new List<UnitDetail>();
        foreach (var unit in data.Units)
        {
            foreach (var asOf in data.MonthEnds)
            {
                unitPages.Add((await app.Services.GetRequiredService<UnitQueries>().LoadAsync(data.PlanId, unit.Code, asOf, Cancellation))!);
            }
        }

        var figureTables = new List<FigureTableData>();
        foreach (var year in data.Years)
        {
            foreach (var (kind, unitCode) in FigureFilters(data))
            {
                figureTables.Add(await app.Services.GetRequiredService<FigureTableQueries>().LoadAsync(new FigureFilter(year, 1, 12, kind, unitCode), PrivacyThreshold, Cancellation));
            }
        }

        var live = (await app.Services.GetRequiredService<ConferenceReportQueries>().CompileAsync(data.ConferenceId, Cancellation))!;
        var frozen = await FrozenVersionsAsync(data);

        var reports = new List<ReportDetail>();
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation))
        {
            foreach (var filed in await db.UnitReports.Select(r => new { r.ReportTypeId, r.UnitId }).ToListAsync(Cancellation))
            {
                reports.Add((await app.Services.GetRequiredService<ReportQueries>().LoadAsync(filed.ReportTypeId, filed.UnitId, Cancellation))!);
            }
        }

        return new Screens(dashboards, unitPages, figureTables, live, frozen, reports);
    }

    /// <summary>The dashboard's headline figures and their same-period changes.</summary>
    private static void WalkDashboard(DemoFigures data, Screens screens, FigureDisclosure disclosure, Shown shown)
    {
        foreach (var dashboard in screens.Dashboards)
        {
            var kind = dashboard.Filter.Kind;
            var (headlines, changes) = DashboardPage.DashboardView.DiscloseHeadlines(dashboard, disclosure);
            var period = dashboard.Figures;
            foreach (var (headline, figure, change) in dashboard.Headlines.Zip(headlines, changes))
            {
                var where = $"dashboard as of {dashboard.Filter.AsOf:dd/MM/yyyy}, kind {kind?.ToString() ?? "all"}, {headline.Code}";
                var now = data.Cells(headline.IndicatorId, period.Year, period.FromMonth, period.ToMonth, u => InKind(u, kind));
                var before = data.Cells(headline.IndicatorId, period.PreviousYear, period.FromMonth, period.ToMonth, u => InKind(u, kind));
                shown.Add(where, now, figure);
                shown.Add($"{where}, same-period change", now, change?.Current);
                shown.Add($"{where}, same-period change", before, change?.Previous);
            }
        }
    }

    /// <summary>Every unit page's months, their total, and the changes versus the previous year.</summary>
    private static void WalkUnitPages(DemoFigures data, Screens screens, FigureDisclosure disclosure, Shown shown)
    {
        foreach (var detail in screens.UnitPages)
        {
            var unit = detail.Unit;
            var table = FigureTable.Build(detail.Figures, detail.MonthlyFigures, disclosure, unit.Id);
            foreach (var row in table.Groups.SelectMany(g => g.Rows))
            {
                var indicator = data.IndicatorOf(row.Code);
                var where = $"/units/{unit.Code} as of {detail.AsOf:dd/MM/yyyy}, {row.Code}";
                var reported = new List<int>();
                foreach (var (month, value, change) in table.Months.Zip(row.Values, row.Changes))
                {
                    var cell = new Cell(unit.Id, indicator, month.Year, month.Month);
                    shown.Add(where, [cell], value);
                    shown.Add($"{where}, change", [cell], change?.Current);
                    shown.Add($"{where}, change", [cell with { Year = month.Year - 1 }], change?.Previous);
                    if (value is not null)
                    {
                        reported.Add(month.Month);
                    }
                }

                var year = detail.Figures.Year;
                shown.Add($"{where}, total", reported.Select(m => new Cell(unit.Id, indicator, year, m)), row.Total);
                shown.Add($"{where}, total change", reported.Select(m => new Cell(unit.Id, indicator, year, m)), row.TotalChange?.Current);
                shown.Add($"{where}, total change", reported.Select(m => new Cell(unit.Id, indicator, year - 1, m)), row.TotalChange?.Previous);
            }
        }
    }

    /// <summary>
    /// /figures for every range of months of each filter read. The months of a range are the same sums whatever the range (the
    /// query groups by month), so each filter's whole year is laid out for each range as the screen lays out its query.
    /// </summary>
    private static void WalkFigures(DemoFigures data, Screens screens, FigureDisclosure disclosure, Shown shown)
    {
        foreach (var whole in screens.FigureTables)
        {
            var (year, kind, unitCode) = (whole.Filter.Year, whole.Filter.Kind, whole.Filter.UnitCode);
            bool Selected(DemoUnit unit) => unitCode is null ? InKind(unit, kind) : unit.Code == unitCode;
            var monthCells = whole.Indicators
                .SelectMany(i => Enumerable.Range(1, 12).Select(month => (i.Id, month)))
                .ToDictionary(key => key, key => data.Cells(key.Id, year, key.month, key.month, Selected));
            for (var from = 1; from <= 12; from++)
            {
                for (var to = from; to <= 12; to++)
                {
                    var filter = whole.Filter with { FromMonth = from, ToMonth = to };
                    var range = new FigureTableData(filter, whole.Indicators, [.. whole.Totals.Where(t => t.Month >= from && t.Month <= to)]);
                    var view = FiguresView.Build(range, disclosure);
                    foreach (var row in view.Rows)
                    {
                        var where = $"/figures {year} {from}-{to}, {kind?.ToString() ?? unitCode ?? "all"}, {row.Indicator.Code}";
                        foreach (var (month, figure) in view.Months.Zip(row.Months))
                        {
                            shown.Add(where, monthCells[(row.Indicator.Id, month)], figure);
                        }

                        shown.Add($"{where}, total", view.Months.SelectMany(month => monthCells[(row.Indicator.Id, month)]), row.Total);
                    }
                }
            }
        }
    }

    /// <summary>The conference's review report compiled now, and the packs frozen from it, as the screen and print view show them.</summary>
    private static void WalkReview(DemoFigures data, Screens screens, SteeringRole role, FigureDisclosure disclosure, Shown shown)
    {
        Walk("review (live)", ConferenceReportDisplay.Build(screens.Review, disclosure));
        foreach (var pack in FrozenFor(screens, role))
        {
            Walk($"frozen pack v{pack.Version.Number}", ConferenceReportDisplay.Of(pack));
        }

        void Walk(string where, ConferenceReportDisplay display)
        {
            var period = display.Content.Figures;
            foreach (var figure in display.Content.Programmes.SelectMany(p => p.Figures))
            {
                var indicator = data.IndicatorOf(figure.Code);
                var now = data.Cells(indicator, period.Year, period.FromMonth, period.ToMonth, _ => true);
                var before = data.Cells(indicator, period.PreviousYear, period.FromMonth, period.ToMonth, _ => true);
                shown.Add($"{where}, {figure.Code}", now, display.Total(figure));
                shown.Add($"{where}, {figure.Code} previous year", before, display.Previous(figure));
                shown.Add($"{where}, {figure.Code} change", now, display.Change(figure)?.Current);
                shown.Add($"{where}, {figure.Code} change", before, display.Change(figure)?.Previous);
            }

            foreach (var unit in display.Content.Districts.Concat(display.Content.Agencies))
            {
                foreach (var indicator in display.Content.UnitIndicators)
                {
                    shown.Add(
                        $"{where}, {unit.Code} {indicator.Code}",
                        data.Cells(data.IndicatorOf(indicator.Code), period.Year, period.FromMonth, period.ToMonth, u => u.Id == unit.UnitId),
                        display.UnitFigure(unit, indicator.Code));
                }
            }
        }
    }

    /// <summary>Every unit's report as its page shows it: each figure stands for the unit's months of the report's period.</summary>
    private void WalkReports(DemoFigures data, Screens screens, FigureDisclosure disclosure, Shown shown)
    {
        var texts = new FigureTexts(app.Services.GetRequiredService<IStringLocalizer<PrivacyText>>(), disclosure.Threshold);
        foreach (var detail in screens.Reports)
        {
            var display = new ReportFigureDisplay(detail, disclosure, texts);
            var (start, end) = (detail.Type.PeriodStart, detail.Type.PeriodEnd);
            foreach (var figure in detail.Report?.Figures ?? [])
            {
                var months = Enumerable.Range(0, ((end.Year - start.Year) * 12) + end.Month - start.Month + 1).Select(i => start.AddMonths(i));
                shown.Add(
                    $"report {detail.Type.Code} of {detail.Unit.Code}, indicator {figure.IndicatorId}",
                    months.Select(month => new Cell(detail.Unit.Id, figure.IndicatorId, month.Year, month.Month)),
                    display.Disclose(figure.IndicatorId, figure.Value));
            }
        }
    }

    /// <summary>
    /// The files the reader downloads, signed in through the form: /figures/export as CSV for all units, every unit kind and
    /// every unit, each year, the first half and the whole year; and the frozen pack's figure, district and agency tables.
    /// </summary>
    private async Task WalkExportsAsync(DemoFigures data, Screens screens, Actor account, SteeringRole role, Shown shown)
    {
        using var client = app.CreateClient();
        using (var signIn = await SteeringAppFactory.PostSignInAsync(client, account.UserName, SteeringAppFactory.TestPassword, "/health"))
        {
            Assert.True(signIn.IsSuccessStatusCode);
        }

        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        foreach (var year in data.Years)
        {
            foreach (var (kind, unitCode) in FigureFilters(data))
            {
                bool Selected(DemoUnit unit) => unitCode is null ? InKind(unit, kind) : unit.Code == unitCode;
                foreach (var to in new[] { 6, 12 })
                {
                    var filter = new FigureFilter(year, 1, to, kind, unitCode);
                    var rows = await CsvDownload.ReadAsync(client, FigureFilterQuery.ExportPath(filter, FigureFileFormat.Csv), Cancellation);
                    foreach (var row in rows.Where(r => r.Count == to + 5 && data.IndicatorCodes.Contains(r[2])))
                    {
                        var indicator = data.IndicatorOf(row[2]);
                        var where = $"/figures/export {year} 1-{to}, {kind?.ToString() ?? unitCode ?? "all"}, {row[2]}";
                        for (var month = 1; month <= to; month++)
                        {
                            shown.Add(where, data.Cells(indicator, year, month, month, Selected), row[3 + month]);
                        }

                        shown.Add($"{where}, total", data.Cells(indicator, year, 1, to, Selected), row[4 + to]);
                    }
                }
            }
        }

        foreach (var frozen in FrozenFor(screens, role))
        {
            await WalkPackExportAsync(data, client, frozen, shown);
        }
    }

    /// <summary>A frozen pack's figure, district and agency tables as CSV.</summary>
    private static async Task WalkPackExportAsync(DemoFigures data, HttpClient client, FrozenPack frozen, Shown shown)
    {
        var content = frozen.Content;
        var period = content.Figures;
        var pack = $"/conference/{data.ConferenceId}/pack/export?format=csv&version={frozen.Version.Number}&table=";
        foreach (var row in await CsvDownload.ReadAsync(client, pack + "figures", Cancellation))
        {
            if (content.Programmes.SelectMany(p => p.Figures).SingleOrDefault(f => row.Count == 5 && f.NameEn == row[1]) is { } figure)
            {
                var indicator = data.IndicatorOf(figure.Code);
                shown.Add($"pack export, {figure.Code}", data.Cells(indicator, period.Year, period.FromMonth, period.ToMonth, _ => true), row[2]);
                shown.Add($"pack export, {figure.Code} previous year", data.Cells(indicator, period.PreviousYear, period.FromMonth, period.ToMonth, _ => true), row[3]);
            }
        }

        foreach (var table in new[] { "districts", "agencies" })
        {
            foreach (var row in await CsvDownload.ReadAsync(client, pack + table, Cancellation))
            {
                if (data.Units.SingleOrDefault(u => u.NameEn == row[0]) is { } unit && row.Count == 7 + content.UnitIndicators.Count)
                {
                    foreach (var (indicator, column) in content.UnitIndicators.Select((indicator, column) => (indicator, column)))
                    {
                        shown.Add(
                            $"pack export {table}, {unit.Code} {indicator.Code}",
                            data.Cells(data.IndicatorOf(indicator.Code), period.Year, period.FromMonth, period.ToMonth, u => u.Id == unit.Id),
                            row[7 + column]);
                    }
                }
            }
        }
    }

    private static readonly UnitKind?[] KindFilters = [null, .. Enum.GetValues<UnitKind>()];

    private static IEnumerable<(UnitKind? Kind, string? UnitCode)> FigureFilters(DemoFigures data) =>
        [.. KindFilters.Select(kind => (kind, (string?)null)), .. data.Units.Select(u => ((UnitKind?)null, (string?)u.Code))];

    /// <summary>The kind filter as the screens apply it: the member agencies include the standing agency.</summary>
    private static bool InKind(DemoUnit unit, UnitKind? kind) =>
        kind is null || unit.Kind == kind || (kind == UnitKind.MemberAgency && unit.Kind == UnitKind.StandingAgency);

    /// <summary>The conference's pack frozen by the secretariat once for each audience (the versions already frozen, if any).</summary>
    private async Task<IReadOnlyList<FrozenPack>> FrozenVersionsAsync(DemoFigures data)
    {
        var packs = app.Services.GetRequiredService<PackService>();
        if ((await packs.ListAsync(data.ConferenceId, Cancellation)).Count == 0)
        {
            var secretariat = new Caller((await app.CreateAccountAsync(SteeringRole.Secretariat)).UserId);
            foreach (var audience in Enum.GetValues<PackAudience>())
            {
                Assert.IsType<FreezeOutcome.Frozen>(await packs.FreezeAsync(secretariat, data.ConferenceId, audience, Cancellation));
            }
        }

        var member = new Caller((await app.CreateAccountAsync(SteeringRole.CommitteeMember)).UserId);
        var frozen = new List<FrozenPack>();
        foreach (var version in await packs.ListAsync(data.ConferenceId, Cancellation))
        {
            frozen.Add(Assert.IsType<PackOpening.Opened>(await packs.OpenAsync(member, data.ConferenceId, version.Number, Cancellation)).Pack);
        }

        return frozen;
    }

    /// <summary>
    /// The frozen versions a reader is held to the rule in: the public one for everyone, the committee's for the roles that see
    /// every figure exactly anyway. The secretariat opens the committee's too, on purpose: it prepares that pack (README, roles).
    /// </summary>
    private static IEnumerable<FrozenPack> FrozenFor(Screens screens, SteeringRole role) =>
        screens.Frozen.Where(p => p.Version.Audience == PackAudience.Public
            || Permissions.ScopeOf(role, SteeringAction.SeeExactVictimFigures) == PermissionScope.Any);

    private sealed record Screens(
        IReadOnlyList<DashboardData> Dashboards, IReadOnlyList<UnitDetail> UnitPages, IReadOnlyList<FigureTableData> FigureTables,
        ConferenceReportContent Review, IReadOnlyList<FrozenPack> Frozen, IReadOnlyList<ReportDetail> Reports);
}
