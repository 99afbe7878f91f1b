using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Account;
using SteeringDashboard.Web.Features.Conferences;
using SteeringDashboard.Web.Features.Conferences.Pack;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Conferences.Pack;

/// <summary>
/// The pack's table export in the whole app, on the demo conference (cut-off 15/06/2018), signed in through the form. The
/// tests that freeze the pack read the version they froze, so their order does not matter.
/// </summary>
public sealed class PackEndpointsTests(SteeringAppFactory app) : IClassFixture<SteeringAppFactory>
{
    private const string CasesDetected = "ENF_CASES_DETECTED";
    private const string VictimsReceived = "VIC_RECEIVED";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private IDbContextFactory<SteeringDbContext> Factory => app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>();

    [Fact]
    public async Task NobodySignedInIsSentToTheSignInPage()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync($"/conference/{await ConferenceIdAsync()}/pack/export?format=xlsx", Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(AccountPaths.SignIn, location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("format=pdf")]
    [InlineData("format=csv")]
    [InlineData("format=csv&table=chart")]
    [InlineData("format=csv&table=2")]
    [InlineData("format=xlsx&table=everything")]
    [InlineData("format=xlsx&version=latest")]
    public async Task AnUnknownFormatOrTableOrACsvOfNoTableIsABadRequest(string query)
    {
        using var client = await app.CreateSignedInClientAsync(SteeringRole.Secretariat);

        using var response = await client.GetAsync($"/conference/{await ConferenceIdAsync()}/pack/export?{query}", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownConferenceOrVersionIsNotFound()
    {
        var conferenceId = await ConferenceIdAsync();
        using var client = await app.CreateSignedInClientAsync(SteeringRole.Secretariat);

        using var conference = await client.GetAsync($"/conference/{conferenceId + 100}/pack/export?format=xlsx", Cancellation);
        using var version = await client.GetAsync($"/conference/{conferenceId}/pack/export?format=xlsx&version=999", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, conference.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, version.StatusCode);
    }

    [Fact]
    public async Task TheWorkbookOfAFrozenVersionHasASheetPerTableAndKeepsTheFrozenFiguresAfterLiveDataChanged()
    {
        var conferenceId = await ConferenceIdAsync();
        var version = await FreezeAsync(conferenceId, PackAudience.Committee);
        var pack = await OpenAsync(conferenceId, version);
        var frozen = pack.Content;
        var baDinh = frozen.Districts.Single(u => u.NameEn == "Ba Dinh District");
        var frozenFigure = pack.Figures.Units[baDinh.UnitId][CasesDetected].Value!.Value;
        await AddToBaDinhAsync(CasesDetected, frozen.Figures.FromMonth, 10);
        var live = (await app.Services.GetRequiredService<ConferenceReportQueries>().CompileAsync(conferenceId, Cancellation))!;
        Assert.Equal(frozenFigure + 10, live.Districts.Single(u => u.NameEn == "Ba Dinh District").Figures[CasesDetected].Value);
        using var client = await app.CreateSignedInClientAsync(SteeringRole.Secretariat);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        using var response = await client.GetAsync($"/conference/{conferenceId}/pack/export?format=xlsx&version={version}", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"pack-{conferenceId}-v{version}.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var sheets = ReadWorkbook(await response.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Equal(
            ["Key figures", "Districts", "Member agencies", "Tasks", "Reports not received", "Agenda", "Commendations"],
            sheets.Keys);
        var districts = sheets["Districts"];
        Assert.StartsWith($"# Frozen version {version}, frozen on", districts[1][0].Text, StringComparison.Ordinal);
        Assert.Equal((frozenFigure.ToString(CultureInfo.InvariantCulture), true), Cell(districts, "Ba Dinh District", "Trafficking cases detected"));
        Assert.Equal(frozen.Districts.Count, Body(districts).Count);
        Assert.Equal("# For the members of the Steering Committee: exact figures, not for wider distribution.", districts[2][0].Text);
        var keyFigure = Body(sheets["Key figures"]).Single(r => r[1].Text == "Trafficking cases detected");
        Assert.Equal(
            [("Human-trafficking prevention and control", false), (pack.Figures.Totals[CasesDetected].Value!.Value.ToString(CultureInfo.InvariantCulture), true), (pack.Figures.Previous[CasesDetected].Value!.Value.ToString(CultureInfo.InvariantCulture), true)],
            keyFigure.Take(4).Where((_, column) => column != 1));
        Assert.Matches(@"^(up|down) [\d.,]+ ?%$|^unchanged$", keyFigure[4].Text);
        Assert.Equal(frozen.Agencies.Count, Body(sheets["Member agencies"]).Count);
        Assert.Equal(frozen.Tasks.Count, Body(sheets["Tasks"]).Count);
    }

    [Fact]
    public async Task TheCsvOfTheDistrictsTableHasItsHeaderAndTheThirtyDistricts()
    {
        var conferenceId = await ConferenceIdAsync();
        var indicators = (await app.Services.GetRequiredService<ConferenceReportQueries>().CompileAsync(conferenceId, Cancellation))!.UnitIndicators;
        using var client = await app.CreateSignedInClientAsync(SteeringRole.CommitteeMember);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        using var response = await client.GetAsync($"/conference/{conferenceId}/pack/export?format=csv&table=districts", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches($@"^pack-{conferenceId}-(live|v\d+)-districts\.csv$", response.Content.Headers.ContentDisposition?.FileNameStar);
        ExportColumn[] columns =
        [
            new("Unit", false), new("Assignments", true), new("Completed on time", true), new("Completed late", true),
            new("In progress, within deadline", true), new("Overdue", true), new("Average progress (%)", true),
            .. indicators.Select(i => new ExportColumn(i.NameEn, true)),
        ];
        var table = await FigureExport.ReadAsync(await response.Content.ReadAsStreamAsync(Cancellation), FigureFileFormat.Csv, columns, Cancellation);
        Assert.NotNull(table);
        Assert.Contains("Assignments and key figures per district, as of 15/06/2018", table.Filters);
        Assert.Equal(30, table.Rows.Count);
        Assert.Contains(table.Rows, r => r[0] == "Son Tay Town");
    }

    [Fact]
    public async Task TheAgendaIsExportedInTheReadersLanguageWithItsMinutes()
    {
        var conferenceId = await ConferenceIdAsync();
        var agenda = (await app.Services.GetRequiredService<ConferenceQueries>().LoadAsync(conferenceId, Cancellation))!.Agenda;
        using var client = await app.CreateSignedInClientAsync(SteeringRole.StandingAgency);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi-VN");

        using var response = await client.GetAsync($"/conference/{conferenceId}/pack/export?format=csv&table=agenda", Cancellation);

        ExportColumn[] columns = [new("STT", true), new("Nội dung", false), new("Người/đơn vị trình bày", false), new("Thời lượng (phút)", true), new("Tài liệu", false)];
        var table = await FigureExport.ReadAsync(await response.Content.ReadAsStreamAsync(Cancellation), FigureFileFormat.Csv, columns, Cancellation);
        Assert.NotNull(table);
        Assert.StartsWith("Tài liệu hội nghị: Hội nghị sơ kết", table.Filters[0], StringComparison.Ordinal);
        Assert.Equal(
            agenda.Select(i => string.Join("|", i.Position, i.Title, i.DurationMinutes, string.Join("; ", i.Documents.Select(d => d.FileName)))),
            table.Rows.Select(r => string.Join("|", r[0], r[1], r[3], r[4])));
    }

    [Fact]
    public async Task ASmallVictimFigureOfTheLiveReportIsExportedAsTheReaderSeesIt()
    {
        var conferenceId = await ConferenceIdAsync();
        // The export without a version is the latest frozen version the reader may open, once there is one (other tests of
        // this class freeze some): the live report is exported while nothing is frozen yet.
        await DeleteFrozenVersionsAsync(conferenceId);
        await SetBaViVictimsAsync(3);
        var period = (await app.Services.GetRequiredService<ConferenceReportQueries>().CompileAsync(conferenceId, Cancellation))!.Figures;
        using var secretariat = await app.CreateSignedInClientAsync(SteeringRole.Secretariat);
        using var member = await app.CreateSignedInClientAsync(SteeringRole.CommitteeMember);
        secretariat.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        member.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var address = $"/conference/{conferenceId}/pack/export?format=xlsx";

        var hidden = ReadWorkbook(await secretariat.GetByteArrayAsync(address, Cancellation));
        var exact = ReadWorkbook(await member.GetByteArrayAsync(address, Cancellation));

        Assert.Equal(("< 5", false), Cell(hidden["Districts"], "Ba Vi District", "Victims received"));
        Assert.Equal(("hidden", false), Cell(hidden["Key figures"], "Victims received", $"Figure {period.FromMonth:00}/2018 – {period.ToMonth:00}/2018", keyColumn: 1));
        Assert.Contains(hidden["Districts"], row => row[0].Text.StartsWith("# Figures below 5 are hidden", StringComparison.Ordinal));
        Assert.Equal(("3", true), Cell(exact["Districts"], "Ba Vi District", "Victims received"));
        Assert.DoesNotContain(exact["Districts"], row => row[0].Text.StartsWith("# Figures below 5 are hidden", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PackAudience.Committee, "3")]
    [InlineData(PackAudience.Public, "< 5")]
    public async Task AFrozenVersionsFilesAreTheSameWhoeverDownloadsThem(PackAudience audience, string baViVictims)
    {
        var conferenceId = await ConferenceIdAsync();
        await SetBaViVictimsAsync(3);
        var version = await FreezeAsync(conferenceId, audience);
        using var secretariat = await app.CreateSignedInClientAsync(SteeringRole.Secretariat);
        using var member = await app.CreateSignedInClientAsync(SteeringRole.CommitteeMember);
        secretariat.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        member.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        foreach (var table in Enum.GetValues<PackTableKey>().Select(PackEndpoints.TableName))
        {
            var address = $"/conference/{conferenceId}/pack/export?format=csv&table={table}&version={version}";
            Assert.Equal(await secretariat.GetByteArrayAsync(address, Cancellation), await member.GetByteArrayAsync(address, Cancellation));
        }

        // A workbook's zip stamps each part with the time it was written, so two downloads are compared cell by cell.
        var workbook = $"/conference/{conferenceId}/pack/export?format=xlsx&version={version}";
        var secretariatCopy = ReadWorkbook(await secretariat.GetByteArrayAsync(workbook, Cancellation));
        var memberCopy = ReadWorkbook(await member.GetByteArrayAsync(workbook, Cancellation));
        Assert.Equal(secretariatCopy.Keys, memberCopy.Keys);
        Assert.All(secretariatCopy.Keys, sheet => Assert.Equal(secretariatCopy[sheet], memberCopy[sheet]));
        Assert.Equal(baViVictims, Cell(secretariatCopy["Districts"], "Ba Vi District", "Victims received").Text);
    }

    [Fact]
    public async Task AReporterAskingForTheCommitteesVersionIsRefusedWithTheReasonAndAudited()
    {
        var conferenceId = await ConferenceIdAsync();
        var version = await FreezeAsync(conferenceId, PackAudience.Committee);
        using var reporter = await app.CreateSignedInClientAsync(SteeringRole.UnitReporter, await BaViAsync());
        reporter.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        using var response = await reporter.GetAsync($"/conference/{conferenceId}/pack/export?format=xlsx&version={version}", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.StartsWith($"Frozen version {version} is the Steering Committee's pack", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Event == AuditEvent.AccessDenied && e.Target == $"conference {conferenceId} pack version {version}", Cancellation));
    }

    /// <summary>The data rows of a sheet: those after the header (the first row not starting with '#').</summary>
    private static List<List<(string Text, bool IsNumber)>> Body(List<List<(string Text, bool IsNumber)>> sheet) =>
        sheet.SkipWhile(r => r[0].Text.StartsWith('#')).Skip(1).ToList();

    /// <summary>The cell of the row whose <paramref name="keyColumn"/> reads <paramref name="rowName"/>, in the column headed <paramref name="column"/>.</summary>
    private static (string Text, bool IsNumber) Cell(List<List<(string Text, bool IsNumber)>> sheet, string rowName, string column, int keyColumn = 0)
    {
        var header = sheet.First(r => !r[0].Text.StartsWith('#')).Select(c => c.Text).ToList();
        return Body(sheet).Single(r => r[keyColumn].Text == rowName)[header.IndexOf(column)];
    }

    /// <summary>Each worksheet by name, in the workbook's order, as rows of cells with whether each is a numeric cell.</summary>
    private static Dictionary<string, List<List<(string Text, bool IsNumber)>>> ReadWorkbook(byte[] file)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook!.Sheets!.Elements<Sheet>().ToDictionary(
            s => s.Name!.Value!,
            s => ((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet!.Descendants<Row>()
                .Select(r => r.Elements<Cell>()
                    .Select(c => c.DataType?.Value == CellValues.Number ? (c.CellValue!.Text, true) : (c.InnerText, false))
                    .ToList())
                .ToList());
    }

    private async Task<int> ConferenceIdAsync()
    {
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        return await db.Conferences.Select(c => c.Id).SingleAsync(Cancellation);
    }

    private async Task<int> FreezeAsync(int conferenceId, PackAudience audience)
    {
        var secretariat = await app.CreateAccountAsync(SteeringRole.Secretariat);
        var outcome = await app.Services.GetRequiredService<PackService>().FreezeAsync(new Caller(secretariat.UserId), conferenceId, audience, Cancellation);
        return Assert.IsType<FreezeOutcome.Frozen>(outcome).Number;
    }

    private async Task<FrozenPack> OpenAsync(int conferenceId, int version)
    {
        var member = await app.CreateAccountAsync(SteeringRole.CommitteeMember);
        var opening = await app.Services.GetRequiredService<PackService>().OpenAsync(new Caller(member.UserId), conferenceId, version, Cancellation);
        return Assert.IsType<PackOpening.Opened>(opening).Pack;
    }

    private async Task<int> BaViAsync()
    {
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        return await db.Units.Where(u => u.NameEn == "Ba Vi District").Select(u => u.Id).SingleAsync(Cancellation);
    }

    /// <summary>Adds to Ba Dinh's figure of <paramref name="month"/> 2018, as a figure entry would.</summary>
    private async Task AddToBaDinhAsync(string code, int month, int value)
    {
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var unit = await db.Units.SingleAsync(u => u.NameEn == "Ba Dinh District", Cancellation);
        var indicator = await db.Indicators.SingleAsync(i => i.Code == code, Cancellation);
        var figure = await db.IndicatorValues.SingleOrDefaultAsync(
            v => v.UnitId == unit.Id && v.IndicatorId == indicator.Id && v.Year == 2018 && v.Month == month, Cancellation);
        if (figure is null)
        {
            db.IndicatorValues.Add(new IndicatorValue { UnitId = unit.Id, IndicatorId = indicator.Id, Year = 2018, Month = month, Value = value, Version = Guid.NewGuid() });
        }
        else
        {
            figure.Value += value;
        }

        await db.SaveChangesAsync(Cancellation);
    }

    /// <summary>Ba Vi's victims received in 2018: <paramref name="value"/> in February, nothing in the other months.</summary>
    private async Task DeleteFrozenVersionsAsync(int conferenceId)
    {
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        await db.PackVersions.Where(v => v.ConferenceId == conferenceId).ExecuteDeleteAsync(Cancellation);
    }

    private async Task SetBaViVictimsAsync(int value)
    {
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var baVi = await db.Units.SingleAsync(u => u.NameEn == "Ba Vi District", Cancellation);
        var victims = await db.Indicators.SingleAsync(i => i.Code == VictimsReceived, Cancellation);
        await db.IndicatorValues.Where(v => v.UnitId == baVi.Id && v.IndicatorId == victims.Id && v.Year == 2018).ExecuteDeleteAsync(Cancellation);
        db.IndicatorValues.Add(new IndicatorValue { UnitId = baVi.Id, IndicatorId = victims.Id, Year = 2018, Month = 2, Value = value, Version = Guid.NewGuid() });
        await db.SaveChangesAsync(Cancellation);
    }
}
