using Bunit;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using SteeringDashboard.Web.Components.Charts;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Charts;

public class ChartCardTests : BunitContext
{
    public ChartCardTests()
    {
        this.AddSteeringDefaults();
        JSInterop.SetupModule(ChartCanvas.ModulePath);
    }

    private static ChartSpec Counts() => new()
    {
        Labels = ["Ba Đình", "Hoàn Kiếm"],
        Datasets =
        [
            new ChartDataset("Completed on time", [1234, 56], ChartPalette.CompletedOnTime),
            new ChartDataset("Overdue", [7, 0], ChartPalette.Overdue),
        ],
    };

    private static ChartSpec Shares() => new()
    {
        Labels = ["Ba Đình"],
        Datasets = [new ChartDataset("Completed on time", [0.986], ChartPalette.CompletedOnTime)],
        ValueFormat = ChartValueFormat.Percent,
    };

    private IRenderedComponent<ChartCard> RenderCard(ChartSpec spec, Func<int, string?>? rowHref = null) =>
        Render<ChartCard>(parameters => parameters
            .Add(p => p.Title, "Assignments by district")
            .Add(p => p.HeadingLevel, 3)
            .Add(p => p.Description, "Counts at the as-of date")
            .Add(p => p.Spec, spec)
            .Add(p => p.RowHref, rowHref));

    private static string[][] BodyRows(IRenderedComponent<ChartCard> cut) =>
        cut.FindAll("tbody tr")
            .Select(row => row.Children.Select(cell => cell.TextContent.Trim()).ToArray())
            .ToArray();

    [Fact]
    public async Task ShowsTheChartFirstAndTheTableAfterOneClick()
    {
        using var culture = CultureScope.Use("en-US");
        var cut = RenderCard(Counts());
        var toggle = cut.Find("button[aria-pressed]");
        Assert.Equal("false", toggle.GetAttribute("aria-pressed"));
        Assert.Single(cut.FindAll("canvas"));
        Assert.Empty(cut.FindAll("table"));

        Assert.Equal("button", toggle.GetAttribute("type"));
        Assert.Equal("Show as data table", toggle.GetAttribute("aria-label"));
        var chartIcon = toggle.QuerySelector("svg")!.InnerHtml;

        await toggle.ClickAsync(new MouseEventArgs());

        Assert.Equal("true", cut.Find("button[aria-pressed]").GetAttribute("aria-pressed"));
        Assert.Single(cut.FindAll("table"));
        Assert.Empty(cut.FindAll("canvas"));
        Assert.NotEqual(chartIcon, cut.Find("button[aria-pressed] svg").InnerHtml);

        await cut.Find("button[aria-pressed]").ClickAsync(new MouseEventArgs());

        Assert.Equal("false", cut.Find("button[aria-pressed]").GetAttribute("aria-pressed"));
        Assert.Single(cut.FindAll("canvas"));
        Assert.Equal(chartIcon, cut.Find("button[aria-pressed] svg").InnerHtml);
    }

    [Fact]
    public async Task ANewSpecRendersTheChartAgainButNotTheHeadingAndItsButton()
    {
        using var culture = CultureScope.Use("en-US");
        var cut = RenderCard(Counts());
        var heading = cut.FindComponent<RenderWhenChanged>();
        var rendersBefore = heading.RenderCount;

        cut.Render(parameters => parameters.Add(p => p.Spec, Shares()));

        Assert.Equal(rendersBefore, heading.RenderCount);
        Assert.Equal(2, cut.FindComponent<ChartCanvas>().RenderCount);

        await cut.Find("button[aria-pressed]").ClickAsync(new MouseEventArgs());

        Assert.Equal("true", cut.Find("button[aria-pressed]").GetAttribute("aria-pressed"));
        Assert.Equal(["98.6%"], BodyRows(cut).Select(row => row[1]));
    }

    [Fact]
    public async Task TableHasARowPerLabelAndAColumnPerDataset()
    {
        using var culture = CultureScope.Use("en-US");
        var cut = RenderCard(Counts());

        await cut.Find("button[aria-pressed]").ClickAsync(new MouseEventArgs());

        var headers = cut.FindAll("thead th").Select(th => th.TextContent.Trim());
        Assert.Equal(["Category", "Completed on time", "Overdue"], headers);
        Assert.Equal([["Ba Đình", "1,234", "7"], ["Hoàn Kiếm", "56", "0"]], BodyRows(cut));
    }

    [Fact]
    public async Task TableFormatsNumbersInVietnamese()
    {
        using var culture = CultureScope.Use("vi-VN");
        var counts = RenderCard(Counts());
        var shares = RenderCard(Shares());

        await counts.Find("button[aria-pressed]").ClickAsync(new MouseEventArgs());
        await shares.Find("button[aria-pressed]").ClickAsync(new MouseEventArgs());

        Assert.Equal("1.234", BodyRows(counts)[0][1]);
        Assert.Equal("98,6%", BodyRows(shares)[0][1]);
    }

    [Fact]
    public async Task TableFormatsNumbersInEnglish()
    {
        using var culture = CultureScope.Use("en-US");
        var counts = RenderCard(Counts());
        var shares = RenderCard(Shares());

        await counts.Find("button[aria-pressed]").ClickAsync(new MouseEventArgs());
        await shares.Find("button[aria-pressed]").ClickAsync(new MouseEventArgs());

        Assert.Equal("1,234", BodyRows(counts)[0][1]);
        Assert.Equal("98.6%", BodyRows(shares)[0][1]);
    }

    [Fact]
    public async Task RowLabelsLinkWhereRowHrefGivesALink()
    {
        var cut = RenderCard(Counts(), row => row == 0 ? "/units/ba-dinh" : null);

        await cut.Find("button[aria-pressed]").ClickAsync(new MouseEventArgs());

        var link = Assert.Single(cut.FindAll("tbody a"));
        Assert.Equal("/units/ba-dinh", link.GetAttribute("href"));
        Assert.Equal("Ba Đình", link.TextContent.Trim());
    }

    [Fact]
    public void TitleIsAHeadingOfTheGivenLevelWithTheDescriptionBelow()
    {
        var cut = RenderCard(Counts());

        Assert.Equal("Assignments by district", cut.Find("h3").TextContent.Trim());
        Assert.Contains("Counts at the as-of date", cut.Markup);
        Assert.Equal("Assignments by district", cut.Find("canvas").GetAttribute("aria-label"));
    }

    [Fact]
    public void ToggleIsLabelledInVietnamese()
    {
        using var culture = CultureScope.Use("vi-VN");

        var cut = RenderCard(Counts());

        Assert.Equal("Xem dạng bảng số liệu", cut.Find("button[aria-pressed]").GetAttribute("aria-label"));
    }

    [Fact]
    public void SaysSoWhenThereIsNoData()
    {
        using var culture = CultureScope.Use("en-US");

        var cut = RenderCard(new ChartSpec { Labels = [], Datasets = [] });

        Assert.Contains("No data to show.", cut.Markup);
        Assert.Empty(cut.FindAll("canvas"));
    }

    [Fact]
    public async Task TheTableShowsALeftOutValueAsItsTextWithTheReasonAsTooltip()
    {
        var spec = new ChartSpec
        {
            Labels = ["Victims rescued", "Cases detected"],
            Datasets = [new ChartDataset("Reported total", [null, 12], ChartPalette.Blue, HiddenTexts: ["< 5", null])],
            HiddenNote = "Figures below 5 are hidden to protect victims",
        };
        var cut = RenderCard(spec);

        await cut.Find("button[aria-pressed]").ClickAsync(new MouseEventArgs());

        Assert.Equal([["Victims rescued", "< 5"], ["Cases detected", "12"]], BodyRows(cut));
        Assert.Equal("Figures below 5 are hidden to protect victims", cut.Find("tbody abbr").GetAttribute("title"));
    }
}
