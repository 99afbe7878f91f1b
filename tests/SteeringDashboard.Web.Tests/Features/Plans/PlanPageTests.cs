using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Web.Features.Plans;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Plans;

public sealed class PlanPageTests(SeededDatabase database) : SeededPageContext(database), IClassFixture<SeededDatabase>
{
    [Fact]
    public void ShowsFifteenNumberedTasksInFourSectionsWithRomanNumerals()
    {
        using var culture = CultureScope.Use("en-US");

        var page = RenderPlanPage("/plan");

        var sections = page.FindAll("article section");
        Assert.Equal(
            [
                "I. City-wide focus",
                "II. Ha Noi Police Department, as standing agency",
                "III. People's Committees of districts and towns",
                "IV. Member agencies of the Steering Committee",
            ],
            sections.Select(s => s.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Equal(
            [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13], [14, 15]],
            sections.Select(s => s.QuerySelectorAll("h3").Select(h => TaskNumberOf(h.TextContent)).ToArray()));
        Assert.Equal(Enumerable.Range(1, 15).Select(n => $"Task {n}"), page.FindAll("h3").Select(h => h.TextContent.Trim()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2018-06-25")]
    [InlineData("2018-07-31")]
    public async Task TaskRollupEqualsTheAssignmentsOfTheTaskAtTheSameDate(string? asOf)
    {
        using var culture = CultureScope.Use("en-US");
        var plan = await SeededPlanAsync();
        // Without a date the page shows today's state (Ha Noi's date).
        var date = asOf is null ? HanoiTime.DateOf(DateTime.UtcNow) : DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rows = (await Services.GetRequiredService<AssignmentQueries>().ListAsync(new PlanFilter(plan.Id, date), Xunit.TestContext.Current.CancellationToken))
            .Where(r => r.TaskNumber == 11)
            .ToList();

        var page = RenderPlanPage(asOf is null ? "/plan" : $"/plan?plan={plan.Id}&asof={asOf}");

        var card = page.Find("[data-task='11']");
        Assert.Equal(rows.Count.ToString(CultureInfo.InvariantCulture), Cell(card, "Assignments"));
        foreach (var status in Enum.GetValues<DeadlineStatus>())
        {
            Assert.Equal(rows.Count(r => r.Status == status).ToString(CultureInfo.InvariantCulture), Cell(card, status.ToString()));
        }

        Assert.Equal(PlanTaskCard.Percent(rows.Average(r => r.Progress)), Cell(card, "AverageProgress").Split(' ')[0]);
        Assert.Contains($"as of {date.ToString("d", CultureInfo.CurrentCulture)}", card.QuerySelector("caption")!.TextContent);
    }

    [Fact]
    public void RollupHeadersNameEachDeadlineStatus()
    {
        using var culture = CultureScope.Use("en-US");

        var page = RenderPlanPage("/plan");

        var headers = page.Find("[data-task='11'] thead").QuerySelectorAll("th").Select(th => th.TextContent.Trim());
        Assert.Equal(
            ["Assignments", "Completed on time", "Completed late", "In progress, within deadline", "Overdue", "Average progress"],
            headers);
    }

    [Fact]
    public async Task ShowsTheDaysDateWithTheNoteThatTheEnglishSourceSaysJune30()
    {
        using var culture = CultureScope.Use("en-US");
        var plan = await SeededPlanAsync();

        var page = RenderPlanPage("/plan");

        Assert.Equal(new DateOnly(2018, 7, 30), plan.DayDate);
        Assert.Equal("30/07/2018", Fact(page, "Anti-human-trafficking Day").ChildNodes[0].TextContent.Trim());
        Assert.Equal($"Note: {plan.DayDateNoteEn}", page.Find("[data-testid=day-note]").TextContent);
        Assert.Contains("June 30", plan.DayDateNoteEn);
    }

    [Fact]
    public async Task EnglishTextsUnderEnglish()
    {
        using var culture = CultureScope.Use("en-US");
        var plan = await SeededPlanAsync();

        var page = RenderPlanPage("/plan?asof=2018-07-10");

        Assert.Equal("Plan No. 127/KH-BCD", page.Find("h1").TextContent);
        Assert.Equal(plan.TitleEn, page.Find("h1 + p").TextContent);
        Assert.Equal("06/06/2018", Fact(page, "Issued on").TextContent.Trim());
        Assert.Equal("01/01/2018 to 31/07/2018", Fact(page, "Period").TextContent.Trim());
        Assert.Equal(
            "Average progress = sum of the progress % of the task's assignments ÷ number of assignments, as of 10/07/2018.",
            page.Find("[data-testid=formula]").TextContent.Trim());
        Assert.StartsWith("Build and implement the district's own plan", page.Find("[data-task='11'] h3 + p").TextContent);
        Assert.Equal("Human-trafficking prevention and control", Fact(page.Find("[data-task='11']"), "Programme").TextContent.Trim());
        Assert.Contains("Demo data:", page.Find("[data-testid=demo-notice]").TextContent);
        Assert.True(plan.HasDemoData);
    }

    [Fact]
    public async Task VietnameseTextsAndDayMonthYearDatesUnderVietnamese()
    {
        using var culture = CultureScope.Use("vi-VN");
        var plan = await SeededPlanAsync();

        var page = RenderPlanPage("/plan?asof=2018-07-10");

        Assert.Equal("Kế hoạch số 127/KH-BCD", page.Find("h1").TextContent);
        Assert.Equal(plan.TitleVi, page.Find("h1 + p").TextContent);
        Assert.Equal("06/06/2018", Fact(page, "Ngày ban hành").TextContent.Trim());
        Assert.Equal("30/07/2018", Fact(page, "Ngày toàn dân phòng, chống mua bán người").ChildNodes[0].TextContent.Trim());
        Assert.Equal($"Ghi chú: {plan.DayDateNoteVi}", page.Find("[data-testid=day-note]").TextContent);
        Assert.Equal("Từ 01/01/2018 đến 31/07/2018", Fact(page, "Thời gian thực hiện").TextContent.Trim());
        Assert.Equal("I. Nhiệm vụ trọng tâm của Thành phố", page.Find("article section h2").TextContent.Trim());
        Assert.Equal("Nhiệm vụ 11", page.Find("[data-task='11'] h3").TextContent);
        Assert.StartsWith("Xây dựng và triển khai kế hoạch", page.Find("[data-task='11'] h3 + p").TextContent);
        Assert.EndsWith("tính đến ngày 10/07/2018.", page.Find("[data-testid=formula]").TextContent.Trim());
        Assert.Contains("Dữ liệu mẫu:", page.Find("[data-testid=demo-notice]").TextContent);
        Assert.Matches(@"^\d+,\d%$", Cell(page.Find("[data-task='11']"), "AverageProgress").Split(' ')[0]);
    }

    [Fact]
    public async Task UnitsAndTheTasksPageAreLinkedWithThePlanSelection()
    {
        using var culture = CultureScope.Use("en-US");
        var plan = await SeededPlanAsync();
        var query = $"?plan={plan.Id}&asof=2018-06-25";

        var page = RenderPlanPage("/plan" + query);

        var task9 = page.Find("[data-task='9']");
        var lead = task9.QuerySelector("[data-testid=lead-unit] a")!;
        Assert.Equal(("Ha Noi Police Department", $"/units/POLICE{query}"), (lead.TextContent, lead.GetAttribute("href")));
        Assert.Equal(
            [("City People's Procuracy", $"/units/PROCURACY{query}"), ("City People's Court", $"/units/COURT{query}")],
            task9.QuerySelectorAll("[data-testid=cooperating-units] a").Select(a => (a.TextContent, a.GetAttribute("href"))));
        var task11 = page.Find("[data-task='11']");
        Assert.StartsWith("None: each of the 30 assigned units", task11.QuerySelector("[data-testid=lead-unit]")!.TextContent.Trim());
        var tasksLink = task11.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Show the assignments of task 11"));
        Assert.Equal($"/tasks{query}&task=11", tasksLink.GetAttribute("href"));
    }

    private async Task<PlanSummary> SeededPlanAsync() =>
        (await Services.GetRequiredService<PlanQueries>().ListAsync(Cancellation)).Single(p => p.Number == "127/KH-BCD");

    private IRenderedComponent<PlanPage> RenderPlanPage(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        Render<MudPopoverProvider>();
        var page = Render<PlanPage>();
        page.WaitForElement("article section", LoadTimeout);
        return page;
    }

    private static int TaskNumberOf(string heading) => int.Parse(heading.Trim().Split(' ')[^1], CultureInfo.InvariantCulture);

    private static string Cell(IElement card, string column) =>
        card.QuerySelector($"[data-rollup='{column}']")!.TextContent.Trim();

    /// <summary>The &lt;dd&gt; that follows the &lt;dt&gt; with that text.</summary>
    private static IElement Fact(IParentNode scope, string term) =>
        scope.QuerySelectorAll("dt").Single(dt => dt.TextContent.Trim() == term).NextElementSibling!;

    private static IElement Fact(IRenderedComponent<PlanPage> page, string term) => Fact(page.Find("article"), term);
}
