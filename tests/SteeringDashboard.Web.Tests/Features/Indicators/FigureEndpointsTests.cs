using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Account;
using SteeringDashboard.Web.Features.Indicators;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Indicators;

/// <summary>The export and template downloads and the import post in the whole app (seeded with the demo figures), signed in through the form.</summary>
public sealed class FigureEndpointsTests(SteeringAppFactory app) : IClassFixture<SteeringAppFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/figures/export?format=csv&year=2018")]
    [InlineData("/figures/template?format=xlsx")]
    public async Task NobodySignedInIsSentToTheSignInPage(string address)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(address, Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(AccountPaths.SignIn, LocalPath(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FigureFileFormat.Csv)]
    [InlineData(FigureFileFormat.Xlsx)]
    public async Task TheExportHoldsTheFiltersFiguresWithTheFilterWrittenAtTheTop(FigureFileFormat format)
    {
        using var client = await app.CreateSignedInClientAsync(SteeringRole.CommitteeMember);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var name = format == FigureFileFormat.Csv ? "csv" : "xlsx";

        using var response = await client.GetAsync($"/figures/export?format={name}&year=2018&from=1&to=3&unit=BA-DINH&indicator=COMM_SESSIONS", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"figures-2018-01-03.{name}", response.Content.Headers.ContentDisposition?.FileNameStar);
        ExportColumn[] columns =
        [
            new("Programme", false), new("Indicator group", false), new("Indicator code", false), new("Indicator", false),
            new("01/2018", true), new("02/2018", true), new("03/2018", true), new("Total", true),
        ];
        var table = await FigureExport.ReadAsync(await response.Content.ReadAsStreamAsync(Cancellation), format, columns, Cancellation);
        Assert.NotNull(table);
        Assert.Contains(table.Filters, f => f.StartsWith("Unit: Ba Dinh", StringComparison.Ordinal));
        Assert.Contains("Indicator: Communication sessions held", table.Filters);
        Assert.Contains("Period: 01/2018 – 03/2018", table.Filters);
        Assert.Contains(table.Filters, f => f.StartsWith("Demo data:", StringComparison.Ordinal));
        var row = Assert.Single(table.Rows);
        var stored = await StoredAsync("BA-DINH", "COMM_SESSIONS", 1, 3);
        Assert.Equal([.. stored.Select(v => v.ToString(CultureInfo.InvariantCulture)), stored.Sum().ToString(CultureInfo.InvariantCulture)], row.Skip(4));
    }

    [Fact]
    public async Task TheTemplateIsForThoseWhoRecordFigures()
    {
        using var agency = await app.CreateSignedInClientAsync(SteeringRole.StandingAgency);
        using var member = await app.CreateSignedInClientAsync(SteeringRole.CommitteeMember, options: new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var granted = await agency.GetAsync("/figures/template?format=csv", Cancellation);
        using var refused = await member.GetAsync("/figures/template?format=csv", Cancellation);

        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.StartsWith("UnitCode,IndicatorCode,Year,Month,Value", Encoding.UTF8.GetString(await granted.Content.ReadAsByteArrayAsync(Cancellation)).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith(AccountPaths.AccessDenied, LocalPath(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTemplateWithoutAFormatIsTheWorkbookAndAnUnknownOneIsExplainedInTheUsersLanguage()
    {
        using var agency = await app.CreateSignedInClientAsync(SteeringRole.StandingAgency);
        agency.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi-VN");

        using var workbook = await agency.GetAsync("/figures/template", Cancellation);
        using var unknown = await agency.GetAsync("/figures/template?format=pdf", Cancellation);

        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal("figures-template.xlsx", workbook.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(
            "“pdf” không phải định dạng biểu mẫu: hãy tải biểu mẫu dạng CSV (/figures/template?format=csv) hoặc sổ tính Excel (/figures/template?format=xlsx).",
            await unknown.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task AnUnknownFormatIsABadRequest()
    {
        using var client = await app.CreateSignedInClientAsync(SteeringRole.CommitteeMember);

        using var response = await client.GetAsync("/figures/export?format=pdf&year=2018", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AReporterImportsTheirUnitsFiguresAndTheWholeFileIsApplied()
    {
        var (unitId, indicator) = await BaDinhIndicatorAsync();
        using var client = await app.CreateSignedInClientAsync(SteeringRole.UnitReporter, unitId);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi-VN");

        using var response = await ImportAsync(client, await TokenAsync(client), $"BA-DINH,{indicator},2025,1,7\nBA-DINH,{indicator},2025,2,8\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã áp dụng tệp: 2 số liệu mới", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal([7, 8], await StoredAsync("BA-DINH", indicator, 1, 2, year: 2025));
    }

    [Fact]
    public async Task ARowOfAnotherUnitIsNamedAndNothingOfTheFileIsApplied()
    {
        var (unitId, indicator) = await BaDinhIndicatorAsync();
        using var client = await app.CreateSignedInClientAsync(SteeringRole.UnitReporter, unitId);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        using var response = await ImportAsync(client, await TokenAsync(client), $"BA-DINH,{indicator},2025,3,5\nHOAN-KIEM,{indicator},2025,3,6\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"row 3\":[\"UnitCode: You may not record figures for this unit.\"]", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Empty(await StoredAsync("BA-DINH", indicator, 3, 3, year: 2025));
    }

    [Fact]
    public async Task WithoutTheAntiforgeryTokenNothingIsApplied()
    {
        var (unitId, indicator) = await BaDinhIndicatorAsync();
        using var client = await app.CreateSignedInClientAsync(SteeringRole.UnitReporter, unitId);

        using var response = await ImportAsync(client, token: null, $"BA-DINH,{indicator},2025,4,5\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await StoredAsync("BA-DINH", indicator, 4, 4, year: 2025));
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        SteeringAppFactory.AntiforgeryToken(await client.GetStringAsync("/reports", Cancellation));

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string? token, string rows)
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("UnitCode,IndicatorCode,Year,Month,Value\n" + rows)), FigureEndpoints.ImportFileField, "figures.csv" },
        };
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        return client.PostAsync(FigureEndpoints.ImportRoute, form, Cancellation);
    }

    /// <summary>Ba Dinh's id and the code of the first indicator its kind of unit reports.</summary>
    private async Task<(int UnitId, string Indicator)> BaDinhIndicatorAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        var unit = await db.Units.SingleAsync(u => u.Code == "BA-DINH", Cancellation);
        var indicator = await db.Indicators.Where(i => i.UnitKinds.Count == 0 || i.UnitKinds.Any(k => k.Kind == unit.Kind))
            .OrderBy(i => i.Id).Select(i => i.Code).FirstAsync(Cancellation);
        return (unit.Id, indicator);
    }

    private async Task<List<int>> StoredAsync(string unit, string indicator, int fromMonth, int toMonth, int year = 2018)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.IndicatorValues
            .Where(v => v.Year == year && v.Month >= fromMonth && v.Month <= toMonth
                && db.Units.Any(u => u.Id == v.UnitId && u.Code == unit) && db.Indicators.Any(i => i.Id == v.IndicatorId && i.Code == indicator))
            .OrderBy(v => v.Month)
            .Select(v => v.Value)
            .ToListAsync(Cancellation);
    }

    private static string LocalPath(HttpResponseMessage response) =>
        response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location?.OriginalString ?? "";
}
