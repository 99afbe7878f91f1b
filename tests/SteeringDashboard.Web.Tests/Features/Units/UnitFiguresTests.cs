using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Indicators;
using SteeringDashboard.Web.Features.Units;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Units;

/// <summary>
/// The unit page's figures table against its export: the page is rendered on the app's own database (seeded with the demo
/// figures), and its export link is fetched from the app by the same account, signed in through the form.
/// </summary>
public sealed class UnitFiguresTests : BunitContext, IClassFixture<SteeringAppFactory>
{
    /// <summary>The months ended by it are January to June 2018.</summary>
    private const string AsOf = "2018-07-10";

    private readonly SteeringAppFactory _app;

    public UnitFiguresTests(SteeringAppFactory app)
    {
        _app = app;
        this.AddSteeringDefaults();
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSteeringData(app.Services.GetRequiredService<IConfiguration>().GetConnectionString("Steering")!);
    }

    private static CancellationToken Cancellation => Xunit.TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(FigureFileFormat.Csv, "en-US", SteeringRole.Secretariat)]
    [InlineData(FigureFileFormat.Xlsx, "vi-VN", SteeringRole.Secretariat)]
    [InlineData(FigureFileFormat.Xlsx, "en-US", SteeringRole.CommitteeMember)]
    public async Task TheExportHoldsExactlyTheFiguresTheUnitsTableShows(FigureFileFormat format, string cultureName, SteeringRole role)
    {
        using var culture = CultureScope.Use(cultureName);
        var reader = await _app.CreateAccountAsync(role);
        this.SignInAs(reader);
        var page = await RenderUnitAsync("BA-DINH");
        var table = page.Find("section[aria-labelledby=unit-figures-heading] table");
        var months = table.QuerySelectorAll("thead th").Select(Text).ToList()[1..^1];
        var screen = table.QuerySelectorAll("tbody tr[data-indicator]")
            .Select(tr => (Code: tr.GetAttribute("data-indicator")!, Cells: (List<string>)[Text(tr.QuerySelector("th")!), .. tr.QuerySelectorAll("td").Select(Figure)]))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var link = page.Find($"[data-testid=figure-export] a[data-format={FigureFilterQuery.FormatName(format)}]").GetAttribute("href")!;

        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(cultureName);
        using (var signIn = await SteeringAppFactory.PostSignInAsync(client, reader.UserName, SteeringAppFactory.TestPassword, returnUrl: "/health"))
        {
            Assert.Equal("/health", signIn.RequestMessage?.RequestUri?.AbsolutePath);
        }

        using var response = await client.GetAsync(link, Cancellation);
        var text = Services.GetRequiredService<IStringLocalizer<FiguresText>>();
        ExportColumn[] columns =
        [
            new(text["Programme"], false), new(text["IndicatorGroup"], false), new(text["IndicatorCode"], false), new(text["Indicator"], false),
            .. months.Select(m => new ExportColumn(m, true)), new(text["Total"], true),
        ];
        // Null unless the file's header is exactly these columns: the table's months, then the total.
        var file = await FigureExport.ReadAsync(await response.Content.ReadAsStreamAsync(Cancellation), format, columns, Cancellation);

        Assert.NotNull(file);
        Assert.NotEmpty(screen);
        var exported = file.Rows
            .Select(r => (Code: r[2], Cells: (List<string>)[r[3], .. r.Skip(4).Select(ScreenFormOf)]))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(screen.Select(r => r.Code), exported.Select(r => r.Code));
        Assert.All(screen.Zip(exported), pair => Assert.Equal(pair.First.Cells, pair.Second.Cells));
        if (role == SteeringRole.Secretariat)
        {
            Assert.Contains(screen, r => r.Cells.Contains("< 5"));
        }
    }

    private async Task<IRenderedComponent<UnitPage>> RenderUnitAsync(string code)
    {
        var plan = Assert.Single(await Services.GetRequiredService<PlanQueries>().ListAsync(Cancellation));
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/units/{code}?plan={plan.Id}&asof={AsOf}");
        var page = Render<UnitPage>(parameters => parameters.Add(p => p.Code, code));
        page.WaitForElement("section[aria-labelledby=unit-figures-heading] [data-testid=figure-export]", TimeSpan.FromSeconds(10));
        return page;
    }

    /// <summary>A cell's figure as the table shows it (without the change versus the previous year, which the export leaves out).</summary>
    private static string Figure(IElement cell) => cell.QuerySelector(".figure-value") is { } value ? Text(value) : Text(cell);

    /// <summary>An exported cell as the table writes it: numbers in the current culture, nothing reported as a dash.</summary>
    private static string ScreenFormOf(string cell) =>
        cell.Length == 0 ? "—"
        : long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n.ToString("N0", CultureInfo.CurrentCulture)
        : cell;

    private static string Text(IElement element) => element.TextContent.Trim();
}
