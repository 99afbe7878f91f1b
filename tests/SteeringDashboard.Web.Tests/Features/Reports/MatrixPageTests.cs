using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Reports;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Reports;

/// <summary>The matrix on <see cref="MatrixScenario"/>'s reports as of 25/07/2018, signed in as a committee member.</summary>
public sealed class MatrixPageTests : DatabasePageContext, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private MatrixScenario _scenario = default!;

    public async ValueTask InitializeAsync()
    {
        _scenario = await MatrixScenario.CreateAsync(this, Database);
        await this.SignInNewAccountAsync(SteeringRole.CommitteeMember);
    }

    private IRenderedComponent<MatrixPage> RenderPage(string query = "?asof=2018-07-25")
    {
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/reports/matrix" + query);
        var page = Render<MatrixPage>();
        page.WaitForElement("[data-testid=matrix]", Timeout);
        return page;
    }

    private static IElement Cell(IRenderedComponent<MatrixPage> page, string unit, string report) =>
        page.Find($"tr[data-unit={unit}] td[data-report={report}]");

    private static string Text(IRenderedComponent<MatrixPage> page, string selector) => page.Find(selector).TextContent.Trim();

    [Fact]
    public void EachCellShowsItsStateInWordsWithAnIconAndLinksToTheUnitsReport()
    {
        using var culture = CultureScope.Use("en-US");
        var page = RenderPage();

        Assert.Equal(["M06", "DAY"], page.FindAll("thead th[data-report]").Select(th => th.GetAttribute("data-report")));
        var expected = new (string Unit, string Report, string State)[]
        {
            ("BA-DINH", "M06", "Received on time"), ("BA-DINH", "DAY", "Received on time"), ("SON-TAY", "DAY", "Received late"),
            ("BA-VI", "M06", "Missing"), ("BA-VI", "DAY", "Returned"), ("POLICE", "DAY", "Missing"),
        };
        foreach (var (unit, report, state) in expected)
        {
            var cell = Cell(page, unit, report);
            var link = cell.QuerySelector("a")!;
            Assert.StartsWith(state, link.TextContent.Trim(), StringComparison.Ordinal);
            Assert.NotNull(link.QuerySelector("svg"));
            Assert.Equal($"/reports/{(report == "DAY" ? _scenario.Day : _scenario.M06)}/units/{_scenario.Units[unit]}", link.GetAttribute("href"));
        }

        Assert.Equal("Not required", Cell(page, "SON-TAY", "M06").TextContent.Replace("·", "", StringComparison.Ordinal).Trim());
        Assert.Contains("(Ba Vi District, June report)", Cell(page, "BA-VI", "M06").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void CountsPerUnitPerReportTypeAndInTotal()
    {
        using var culture = CultureScope.Use("en-US");
        var page = RenderPage();

        Assert.Equal("2 of 2", Text(page, "tr[data-unit=BA-DINH] [data-testid=row-received]"));
        Assert.Equal("0 of 2", Text(page, "tr[data-unit=BA-VI] [data-testid=row-received]"));
        Assert.Equal("2", Text(page, "tr[data-unit=BA-VI] [data-testid=row-outstanding]"));
        Assert.Equal("1", Text(page, "tr[data-unit=POLICE] [data-testid=row-outstanding]"));
        Assert.Equal("3 of 6", Text(page, "[data-testid=total-received]"));
        Assert.Equal("3", Text(page, "[data-testid=total-outstanding]"));
        Assert.Equal(
            ["Received on time: 1", "Received late: 1", "Returned: 1", "Missing: 1", "Not yet due: 0"],
            page.FindAll("[data-testid=column-counts][data-report=DAY] li").Select(li => li.TextContent.Trim()));
        Assert.Contains("6 reports expected", Text(page, "[data-testid=total-summary]"), StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeTheDueDateNothingIsMissing()
    {
        using var culture = CultureScope.Use("en-US");
        var page = RenderPage("?asof=2018-07-19");

        Assert.Equal("NotYetDue", Cell(page, "POLICE", "DAY").GetAttribute("data-state"));
        Assert.Equal("ReceivedOnTime", Cell(page, "BA-VI", "DAY").GetAttribute("data-state"));
        Assert.Equal("Missing", Cell(page, "BA-VI", "M06").GetAttribute("data-state"));
    }

    [Fact]
    public void TheKindFilterKeepsOnlyThatKindsUnitsAndCountsThem()
    {
        using var culture = CultureScope.Use("en-US");
        var page = RenderPage("?asof=2018-07-25&kind=RuralDistrict");

        Assert.Equal(["BA-VI"], page.FindAll("tbody tr").Select(tr => tr.GetAttribute("data-unit")));
        Assert.Equal("0 of 2", Text(page, "[data-testid=total-received]"));
        Assert.Equal(
            ["Received on time: 0", "Received late: 0", "Returned: 1", "Missing: 0", "Not yet due: 0"],
            page.FindAll("[data-testid=column-counts][data-report=DAY] li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task AReportSubmittedElsewhereShowsWithoutAReloadAndItsCellIsHighlighted()
    {
        using var culture = CultureScope.Use("en-US");
        var page = RenderPage();
        Assert.Equal("Missing", Cell(page, "POLICE", "DAY").GetAttribute("data-state"));

        await _scenario.SubmitAsync("POLICE", _scenario.Day);

        page.WaitForAssertion(() => Assert.Equal("ReceivedLate", Cell(page, "POLICE", "DAY").GetAttribute("data-state")), Timeout);
        Assert.NotNull(Cell(page, "POLICE", "DAY").QuerySelector(".value-changed"));
        Assert.Null(Cell(page, "BA-DINH", "DAY").QuerySelector(".value-changed"));
        Assert.Equal("4 of 6", Text(page, "[data-testid=total-received]"));
        Assert.Contains("Cán bộ thường trực", Text(page, "[data-testid=refresh-status]"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheTableHasACaptionAndHeadersForRowsAndColumns()
    {
        using var culture = CultureScope.Use("vi-VN");
        var page = RenderPage();

        Assert.Equal("Báo cáo phải nộp và đã nhận theo đơn vị, tính đến ngày 25/07/2018", Text(page, "caption"));
        Assert.All(page.FindAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal("Huyện Ba Vì", Text(page, "tr[data-unit=BA-VI] th[scope=row]"));
        Assert.Equal("0", page.Find(".matrix-scroll").GetAttribute("tabindex"));
    }

    [Theory]
    [InlineData(SteeringRole.StandingAgency, true)]
    [InlineData(SteeringRole.Secretariat, true)]
    [InlineData(SteeringRole.CommitteeMember, false)]
    [InlineData(SteeringRole.UnitReporter, false)]
    public async Task OnlyThoseWhoChaseReportsSeeTheLinkToTheReminderList(SteeringRole role, bool linked)
    {
        await this.SignInNewAccountAsync(role, role == SteeringRole.UnitReporter ? _scenario.Units["BA-VI"] : null);

        var page = RenderPage();

        Assert.Equal(linked, page.FindAll("[data-testid=reminders-link]").Count == 1);
    }
}
