using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.Data.Sqlite;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Units;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Units;

/// <summary>The unit page's table of monthly figures: totals, victim figures hidden by the small-count rule, same-period changes and export links.</summary>
public sealed class UnitPageFiguresTests(SeededDatabase database) : UnitPageTestBase(database), IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task MonthlyTotalsAreTheSumOfTheMonthCellsAndOfTheStoredValues()
    {
        using var culture = CultureScope.Use("vi-VN");
        var stored = await StoredTotalsAsync("BA-DINH", year: 2018, fromMonth: 1, toMonth: 6);

        var page = await RenderUnitAsync("BA-DINH", AsOf);

        var table = page.Find("section[aria-labelledby=unit-figures-heading] table");
        Assert.Equal(["Chỉ tiêu", "01/2018", "02/2018", "03/2018", "04/2018", "05/2018", "06/2018", "Tổng"], table.QuerySelectorAll("thead th").Select(Text));
        var rows = table.QuerySelectorAll("tbody tr").Where(r => r.QuerySelector("th[scope=row]") is not null).ToList();
        Assert.Equal(stored.Keys.Order(), rows.Select(r => Text(r.QuerySelector("th")!)).Order());
        foreach (var row in rows)
        {
            var numbers = row.QuerySelectorAll("td").Select(c => long.Parse(Figure(c), NumberStyles.AllowThousands, CultureInfo.CurrentCulture)).ToList();
            Assert.Equal(7, numbers.Count);
            Assert.Equal(numbers[..6].Sum(), numbers[6]);
            Assert.Equal(stored[Text(row.QuerySelector("th")!)], numbers[6]);
        }
    }

    [Fact]
    public async Task VictimFiguresAreMarkedSensitive()
    {
        using var culture = CultureScope.Use("en-US");

        var page = await RenderUnitAsync("BA-DINH", AsOf);

        var victims = page.FindAll("section[aria-labelledby=unit-figures-heading] tbody").Single(b => b.QuerySelector("th[scope=rowgroup]")!.TextContent.Contains("Victims"));
        Assert.Contains("Sensitive", victims.QuerySelector("th[scope=rowgroup]")!.TextContent);
        Assert.Contains("Victim figures are sensitive: do not share them outside the Steering Committee.", victims.TextContent);
        var others = page.FindAll("section[aria-labelledby=unit-figures-heading] tbody").Where(b => b != victims);
        Assert.All(others, b => Assert.DoesNotContain("Sensitive", b.TextContent));
    }

    [Theory]
    [InlineData(SteeringRole.CommitteeMember, null, true)]
    [InlineData(SteeringRole.StandingAgency, null, true)]
    [InlineData(SteeringRole.UnitReporter, "BA-DINH", true)]
    [InlineData(SteeringRole.UnitReporter, "HOAN-KIEM", false)]
    [InlineData(SteeringRole.Secretariat, null, false)]
    [InlineData(SteeringRole.Administrator, null, false)]
    public async Task ASmallVictimFigureIsExactOnlyForReadersWhoMaySeeItForTheUnit(SteeringRole role, string? readerUnit, bool exact)
    {
        using var culture = CultureScope.Use("en-US");
        var small = await SmallVictimFigureAsync("BA-DINH");
        this.SignInAs(Reader(role, readerUnit is null ? null : await UnitIdAsync(readerUnit)));

        var page = await RenderUnitAsync("BA-DINH", AsOf);

        var row = FigureRow(page, small.Indicator);
        var cell = row.QuerySelectorAll("td")[small.Month - 1];
        var total = row.QuerySelectorAll("td")[^1];
        var note = page.FindAll("section[aria-labelledby=unit-figures-heading] [data-testid=hidden-figures-note]");
        if (exact)
        {
            Assert.Equal(small.Value.ToString("N0", CultureInfo.CurrentCulture), Figure(cell));
            Assert.Equal(small.Total.ToString("N0", CultureInfo.CurrentCulture), Figure(total));
            Assert.Empty(note);
        }
        else
        {
            Assert.Equal("< 5", Figure(cell));
            Assert.Equal("Figures below 5 are hidden to protect victims", cell.QuerySelector("abbr")!.GetAttribute("title"));
            Assert.Equal("hidden", Figure(total));
            Assert.StartsWith("Figures below 5 are hidden to protect victims", Text(Assert.Single(note)), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("vi-VN", "Buổi tuyên truyền", "tăng", "giảm", "so với cùng kỳ 2017", "so với cùng tháng năm 2017")]
    [InlineData("en-US", "Communication sessions held", "up", "down", "vs same period 2017", "versus the same month of 2017")]
    public async Task EveryFigureShowsItsChangeVersusTheSamePeriodOf2017(
        string cultureName, string indicator, string up, string down, string versus, string note)
    {
        using var culture = CultureScope.Use(cultureName);
        var current = (await StoredTotalsAsync("BA-DINH", year: 2018, fromMonth: 1, toMonth: 6))[indicator];
        var previous = (await StoredTotalsAsync("BA-DINH", year: 2017, fromMonth: 1, toMonth: 6))[indicator];
        var january2017 = (await StoredTotalsAsync("BA-DINH", year: 2017, fromMonth: 1, toMonth: 1))[indicator];

        var page = await RenderUnitAsync("BA-DINH", AsOf);

        var cells = FigureRow(page, indicator).QuerySelectorAll("td");
        Assert.All(cells, cell => Assert.NotNull(cell.QuerySelector(".same-period-change")));
        Assert.Equal(UnitPageTests.ChangeText(current, previous, up, down, versus), Text(cells[^1].QuerySelector(".same-period-change")!));
        Assert.EndsWith(" 2017: " + january2017.ToString("N0", CultureInfo.CurrentCulture), cells[0].QuerySelector(".same-period-change")!.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains(note, page.Find("#unit-figures-change-note").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SteeringRole.CommitteeMember, true)]
    [InlineData(SteeringRole.Secretariat, false)]
    public async Task TheChangeOfAHiddenVictimFigureIsHiddenToo(SteeringRole role, bool exact)
    {
        using var culture = CultureScope.Use("en-US");
        var small = await SmallVictimFigureAsync("BA-DINH");
        this.SignInAs(Reader(role, unitId: null));

        var page = await RenderUnitAsync("BA-DINH", AsOf);

        var cells = FigureRow(page, small.Indicator).QuerySelectorAll("td");
        Assert.Equal(exact, cells[small.Month - 1].QuerySelector(".same-period-change") is not null);
        Assert.Equal(exact, cells[^1].QuerySelector(".same-period-change") is not null);
    }

    [Fact]
    public async Task FiguresThatAreNotSensitiveAreExactForEveryone()
    {
        using var culture = CultureScope.Use("en-US");
        this.SignInAs(Reader(SteeringRole.Secretariat, unitId: null));
        var stored = await StoredTotalsAsync("BA-DINH", year: 2018, fromMonth: 1, toMonth: 6);

        var page = await RenderUnitAsync("BA-DINH", AsOf);

        Assert.Equal(stored["Communication sessions held"].ToString("N0", CultureInfo.CurrentCulture), Figure(FigureRow(page, "Communication sessions held").QuerySelectorAll("td")[^1]));
    }

    [Fact]
    public async Task PeriodWithoutAnEndedMonthSaysSoInsteadOfATable()
    {
        using var culture = CultureScope.Use("en-US");

        var page = await RenderUnitAsync("BA-DINH", new DateOnly(2018, 1, 15));

        var figures = page.Find("section[aria-labelledby=unit-figures-heading]");
        Assert.Contains("No month of 2018 has ended by 15/01/2018", figures.TextContent);
        Assert.Empty(figures.QuerySelectorAll("table"));
        Assert.Empty(figures.QuerySelectorAll("[data-testid=figure-export]"));
    }

    [Theory]
    [InlineData("BA-DINH", "2018-07-10", 6)]
    [InlineData("SOC-SON", "2018-04-30", 4)]
    public async Task TheFiguresTableLinksToTheExportOfItsUnitYearAndMonths(string code, string asOf, int lastMonth)
    {
        using var culture = CultureScope.Use("en-US");

        var page = await RenderUnitAsync(code, DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture));

        var links = page.FindAll("section[aria-labelledby=unit-figures-heading] [data-testid=figure-export] a");
        Assert.Equal(
            [$"/figures/export?format=csv&year=2018&from=1&to={lastMonth}&unit={code}", $"/figures/export?format=xlsx&year=2018&from=1&to={lastMonth}&unit={code}"],
            links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.True(a.HasAttribute("download")));
        Assert.Equal(lastMonth + 2, page.FindAll("section[aria-labelledby=unit-figures-heading] thead th").Count);
    }

    /// <summary>The stored monthly values of the unit summed per indicator, read with plain SQL (names in the current language).</summary>
    private async Task<Dictionary<string, long>> StoredTotalsAsync(string unitCode, int year, int fromMonth, int toMonth)
    {
        await using var connection = new SqliteConnection(Database.ConnectionString);
        await connection.OpenAsync(Cancellation);
        var command = connection.CreateCommand();
        command.CommandText = """
            SELECT i.NameVi, i.NameEn, SUM(v.Value)
            FROM IndicatorValues v
            JOIN Indicators i ON i.Id = v.IndicatorId
            JOIN Units u ON u.Id = v.UnitId
            WHERE u.Code = $unit AND v.Year = $year AND v.Month BETWEEN $from AND $to
            GROUP BY i.Id
            """;
        command.Parameters.AddWithValue("$unit", unitCode);
        command.Parameters.AddWithValue("$year", year);
        command.Parameters.AddWithValue("$from", fromMonth);
        command.Parameters.AddWithValue("$to", toMonth);

        var totals = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync(Cancellation);
        while (await reader.ReadAsync(Cancellation))
        {
            var name = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" ? reader.GetString(0) : reader.GetString(1);
            totals[name] = reader.GetInt64(2);
        }

        return totals;
    }

    /// <summary>A victim figure of the unit from 1 to 4 in January to June 2018, with its indicator's total over those months (plain SQL).</summary>
    private async Task<(string Indicator, int Month, int Value, long Total)> SmallVictimFigureAsync(string unitCode)
    {
        await using var connection = new SqliteConnection(Database.ConnectionString);
        await connection.OpenAsync(Cancellation);
        var command = connection.CreateCommand();
        command.CommandText = """
            SELECT i.NameEn, v.Month, v.Value,
                   (SELECT SUM(w.Value) FROM IndicatorValues w WHERE w.IndicatorId = v.IndicatorId AND w.UnitId = v.UnitId AND w.Year = 2018 AND w.Month BETWEEN 1 AND 6)
            FROM IndicatorValues v
            JOIN Indicators i ON i.Id = v.IndicatorId
            JOIN Units u ON u.Id = v.UnitId
            WHERE u.Code = $unit AND i.IsSensitive = 1 AND v.Year = 2018 AND v.Month BETWEEN 1 AND 6 AND v.Value BETWEEN 1 AND 4
            ORDER BY i.SortOrder, v.Month
            LIMIT 1
            """;
        command.Parameters.AddWithValue("$unit", unitCode);
        await using var reader = await command.ExecuteReaderAsync(Cancellation);
        Assert.True(await reader.ReadAsync(Cancellation), $"The demo data has no victim figure below 5 for {unitCode}.");
        return (reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt64(3));
    }

    private static IElement FigureRow(IRenderedComponent<UnitPage> page, string indicator) =>
        page.FindAll("section[aria-labelledby=unit-figures-heading] tbody tr").Single(r => r.QuerySelector("th[scope=row]") is { } th && Text(th) == indicator);

    /// <summary>The figure of a table cell, without the change versus the previous year under it.</summary>
    private static string Figure(IElement cell) => Text(cell.QuerySelector(".figure-value")!);
}
