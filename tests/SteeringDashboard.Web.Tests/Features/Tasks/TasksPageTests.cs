using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Tasks;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Tasks;

public sealed class TasksPageTests(SeededDatabase database) : SeededPageContext(database), IClassFixture<SeededDatabase>
{
    [Fact]
    public void TheStandingAgencySeesAnEditButtonOnEveryRowAndTheBulkLink()
    {
        using var culture = CultureScope.Use("en-US");
        this.SignInAs(new Actor("agency", "agency", "Agency officer", SteeringRole.StandingAgency, null));

        var (page, _) = RenderTasksPage(ReviewTasks);

        Assert.All(DataRows(page), row => Assert.NotNull(row.QuerySelector("[data-testid=edit-assignment]")));
        Assert.Single(page.FindAll("a[href^='/tasks/bulk']"));
    }

    [Fact]
    public async Task AUnitReporterSeesEditButtonsOnlyOnItsOwnUnitsRowsAndNoBulkLink()
    {
        using var culture = CultureScope.Use("en-US");
        var (_, rows) = await LoadSeededAssignmentsAsync();
        var baDinh = rows.First(r => r.UnitCode == "BA-DINH").UnitId;
        this.SignInAs(new Actor("reporter", "reporter", "Ba Dinh reporter", SteeringRole.UnitReporter, baDinh));
        var (page, _) = RenderTasksPage(ReviewTasks);

        SearchBox(page).Input("Ba");

        page.WaitForAssertion(() => Assert.Contains(DataRows(page), row => UnitLink(row).TextContent == "Ba Vi District"), LoadTimeout);
        Assert.All(DataRows(page), row => Assert.Equal(
            UnitLink(row).TextContent == "Ba Dinh District",
            row.QuerySelector("[data-testid=edit-assignment]") is not null));
        Assert.Contains(DataRows(page), row => UnitLink(row).TextContent == "Ba Dinh District");
        Assert.Empty(page.FindAll("a[href^='/tasks/bulk']"));
    }

    [Theory]
    [InlineData(SteeringRole.CommitteeMember)]
    [InlineData(SteeringRole.Secretariat)]
    [InlineData(SteeringRole.Administrator)]
    public void RolesThatChangeNoAssignmentSeeNoEditControls(SteeringRole role)
    {
        using var culture = CultureScope.Use("en-US");
        this.SignInAs(new Actor("reader", "reader", "Reader", role, null));

        var (page, _) = RenderTasksPage(ReviewTasks);

        Assert.NotEmpty(DataRows(page));
        Assert.Empty(page.FindAll("[data-testid=edit-assignment]"));
        Assert.DoesNotContain("Actions", page.FindAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Empty(page.FindAll("a[href^='/tasks/bulk']"));
    }

    [Fact]
    public async Task ShowsEveryAssignmentOfThePlanAsOfTheDefaultDate()
    {
        using var culture = CultureScope.Use("en-US");
        var (_, expected) = await LoadSeededAssignmentsAsync();

        var (page, _) = RenderTasksPage(ReviewTasks);

        Assert.Equal(143, expected.Count);
        Assert.Equal("143 assignments", RowCount(page));
        var grid = page.FindComponent<MudDataGrid<AssignmentRow>>().Instance;
        Assert.Equal(expected.Select(r => r.AssignmentId).Order(), grid.FilteredItems.Select(r => r.AssignmentId).Order());
        Assert.Equal(50, DataRows(page).Count);
        Assert.Contains("1–50 of 143", page.FindAll(".mud-table-pagination-caption").Select(c => c.TextContent));
    }

    [Theory]
    [InlineData("en-US", "ba dinh", "Ba Dinh District", "3 of 143 assignments")]
    [InlineData("en-US", "Ba Đình", "Ba Dinh District", "3 of 143 assignments")]
    [InlineData("vi-VN", "Ba Đình", "Ba Đình", "3 trên tổng số 143 nhiệm vụ được giao")]
    [InlineData("vi-VN", "BA DINH", "Ba Đình", "3 trên tổng số 143 nhiệm vụ được giao")]
    public async Task SearchIgnoresCaseAndDiacriticsAndNarrowsToTheUnit(string cultureName, string search, string unitName, string countText)
    {
        using var culture = CultureScope.Use(cultureName);
        var (_, all) = await LoadSeededAssignmentsAsync();
        var expected = all.Where(r => r.UnitNameVi == "Ba Đình").ToList();
        var (page, _) = RenderTasksPage(ReviewTasks);

        SearchBox(page).Input(search);

        page.WaitForAssertion(() => Assert.Equal(countText, RowCount(page)), LoadTimeout);
        Assert.Equal(expected.Count, DataRows(page).Count);
        Assert.All(DataRows(page), row => Assert.Equal(unitName, UnitLink(row).TextContent));
        Assert.Equal(
            expected.Select(r => r.DueDate.ToString("d", CultureInfo.CurrentCulture)).Order(),
            DataRows(page).Select(row => row.Children[DueDateColumn].TextContent).Order());
    }

    [Fact]
    public async Task DatesAreDayMonthYearUnderVietnamese()
    {
        using var culture = CultureScope.Use("vi-VN");
        var (_, all) = await LoadSeededAssignmentsAsync();
        var task11 = all.First(r => r.TaskNumber == 11);
        var (page, _) = RenderTasksPage("/tasks?task=11");

        var row = DataRows(page).First(r => UnitLink(r).TextContent == task11.UnitNameVi);

        Assert.Equal(task11.DueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), row.Children[DueDateColumn].TextContent);
        Assert.Equal("Hạn hoàn thành", page.FindAll("thead th")[DueDateColumn].TextContent.Trim());
    }

    [Fact]
    public async Task SearchThatMatchesNothingSaysSo()
    {
        using var culture = CultureScope.Use("en-US");
        var (page, _) = RenderTasksPage(ReviewTasks);

        SearchBox(page).Input("no such unit anywhere");

        page.WaitForAssertion(() => Assert.Equal("0 of 143 assignments", RowCount(page)), LoadTimeout);
        Assert.Empty(DataRows(page));
        Assert.Contains("No assignments match", page.Find("[data-testid=no-rows]").TextContent);
    }

    [Fact]
    public async Task DeadlineStatusFilterShowsOnlyThatStatus()
    {
        using var culture = CultureScope.Use("en-US");
        var (_, all) = await LoadSeededAssignmentsAsync();
        var overdue = all.Count(r => r.Status == DeadlineStatus.Overdue);
        var (page, popovers) = RenderTasksPage(ReviewTasks);

        Choose(page, popovers, "Review status", "Overdue");

        page.WaitForAssertion(() => Assert.Equal($"{overdue} of 143 assignments", RowCount(page)), LoadTimeout);
        Assert.InRange(overdue, 1, 49);
        Assert.Equal(overdue, DataRows(page).Count);
        Assert.All(page.FindAll("tbody [data-status]"), chip =>
        {
            Assert.Equal(nameof(DeadlineStatus.Overdue), chip.GetAttribute("data-status"));
            Assert.Equal("Overdue", chip.TextContent);
        });
    }

    [Fact]
    public async Task GroupingByUnitShowsEachUnitOnceWithItsAssignments()
    {
        using var culture = CultureScope.Use("en-US");
        var (_, all) = await LoadSeededAssignmentsAsync();
        var names = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: false);
        var expected = all
            .GroupBy(r => r.UnitNameEn)
            .OrderBy(g => g.Key, names)
            .Select(g => $"{g.Key} · assignments: {g.Count()}")
            .ToList();
        var (page, _) = RenderTasksPage(ReviewTasks);

        page.FindAll("[role=group] button").Single(b => b.TextContent == "Unit").Click();

        // The grid regroups in a render after the click's: wait for it rather than read the DOM between the two.
        page.WaitForAssertion(() =>
        {
            Assert.Equal(expected, page.FindAll("[data-testid=group]").Select(g => Normalize(g.TextContent)).ToList());
            Assert.Equal(all.Count, DataRows(page).Count);
        });
    }

    [Fact]
    public async Task GroupingByTaskShowsTheTasksInOrderAndUngroupingRestoresPaging()
    {
        using var culture = CultureScope.Use("en-US");
        var (_, all) = await LoadSeededAssignmentsAsync();
        var expected = all
            .GroupBy(r => r.TaskNumber)
            .OrderBy(g => g.Key)
            .Select(g => $"Task {g.Key}: {g.First().TaskTextEn} · assignments: {g.Count()}")
            .ToList();
        var (page, _) = RenderTasksPage(ReviewTasks);

        page.FindAll("[role=group] button").Single(b => b.TextContent == "Task").Click();

        page.WaitForAssertion(() =>
        {
            Assert.Equal(expected, page.FindAll("[data-testid=group]").Select(g => Normalize(g.TextContent)));
            Assert.Equal(all.Count, DataRows(page).Count);
        });

        page.FindAll("[role=group] button").Single(b => b.TextContent == "None").Click();

        page.WaitForAssertion(() =>
        {
            Assert.Empty(page.FindAll("[data-testid=group]"));
            Assert.Equal(50, DataRows(page).Count);
        });
    }

    [Fact]
    public async Task SortingByUnitUsesVietnameseCollationUnderVietnamese()
    {
        using var culture = CultureScope.Use("vi-VN");
        var (_, all) = await LoadSeededAssignmentsAsync();
        var collation = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false);
        var ascending = all.Select(r => r.UnitNameVi).Order(collation).ToList();
        var (page, _) = RenderTasksPage(ReviewTasks);

        SortButton(page, "Đơn vị").Click();

        page.WaitForAssertion(() =>
        {
            var shown = DataRows(page).Select(row => UnitLink(row).TextContent).ToList();
            Assert.Equal(ascending.Take(50), shown);
            Assert.True(shown.IndexOf("Đông Anh") < shown.IndexOf("Gia Lâm"), "Đ sorts with D, not after Z as in ordinal order");
        });

        SortButton(page, "Đơn vị").Click();

        page.WaitForAssertion(() =>
            Assert.Equal(ascending.AsEnumerable().Reverse().Take(50), DataRows(page).Select(row => UnitLink(row).TextContent)));
    }

    [Fact]
    public async Task TaskInTheQueryShowsOnlyThatTask()
    {
        using var culture = CultureScope.Use("en-US");
        var (_, all) = await LoadSeededAssignmentsAsync();
        var task11 = all.Count(r => r.TaskNumber == 11);

        var (page, _) = RenderTasksPage("/tasks?task=11");

        Assert.Equal($"{task11} of 143 assignments", RowCount(page));
        Assert.All(DataRows(page), row => Assert.StartsWith("11.", row.Children[0].TextContent.Trim()));
        Assert.Equal("Task 11", page.Find("[role=combobox][aria-label='Task']").TextContent);
    }

    [Fact]
    public async Task UnitLinksCarryThePlanSelection()
    {
        using var culture = CultureScope.Use("en-US");
        var (plan, _) = await LoadSeededAssignmentsAsync();
        var (page, _) = RenderTasksPage($"/tasks?plan={plan.Id}&asof=2018-06-30&task=11");

        var link = DataRows(page).Select(UnitLink).Single(a => a.TextContent == "Ba Dinh District");

        Assert.Equal($"/units/BA-DINH?plan={plan.Id}&asof=2018-06-30", link.GetAttribute("href"));
        Assert.Contains("as of 30/06/2018", page.Find("h1 + p").TextContent);
    }

    private const int DueDateColumn = 5;

    /// <summary>The tasks page as of the plan's mid-year review date, the date <see cref="LoadSeededAssignmentsAsync"/> reads.</summary>
    private const string ReviewTasks = "/tasks?asof=2018-07-10";

    private async Task<(PlanSummary Plan, IReadOnlyList<AssignmentRow> Rows)> LoadSeededAssignmentsAsync()
    {
        var plan = (await Services.GetRequiredService<PlanQueries>().ListAsync(Xunit.TestContext.Current.CancellationToken)).Single(p => p.Number == "127/KH-BCD");
        var rows = await Services.GetRequiredService<AssignmentQueries>().ListAsync(new PlanFilter(plan.Id, plan.ReviewAsOf), Xunit.TestContext.Current.CancellationToken);
        return (plan, rows);
    }

    private (IRenderedComponent<TasksPage> Page, IRenderedComponent<MudPopoverProvider> Popovers) RenderTasksPage(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        var popovers = Render<MudPopoverProvider>();
        var page = Render<TasksPage>();
        page.WaitForElement("[data-testid=row-count]", LoadTimeout);
        return (page, popovers);
    }

    private static string RowCount(IRenderedComponent<TasksPage> page) => page.Find("[data-testid=row-count]").TextContent;

    private static IReadOnlyList<IElement> DataRows(IRenderedComponent<TasksPage> page) =>
        page.FindAll("tbody tr").Where(tr => tr.QuerySelector("a[href^='/units/']") is not null).ToList();

    private static IElement UnitLink(IElement row) => row.QuerySelector("a[href^='/units/']")!;

    private static IElement SortButton(IRenderedComponent<TasksPage> page, string column) =>
        page.FindAll("thead th").Single(th => th.TextContent.Trim() == column).QuerySelector("button")!;

    private static IElement SearchBox(IRenderedComponent<TasksPage> page)
    {
        var label = page.FindAll("label").Single(l => l.TextContent is "Search task or unit" or "Tìm nhiệm vụ hoặc đơn vị");
        return page.Find($"#{label.GetAttribute("for")}");
    }

    /// <summary>Opens the select with that accessible name and clicks the option with that text, as a user would.</summary>
    private static void Choose(IRenderedComponent<TasksPage> page, IRenderedComponent<MudPopoverProvider> popovers, string label, string option)
    {
        page.Find($"[role=combobox][aria-label='{label}']").Closest(".mud-input-control")!.MouseDown();
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == option));
        popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == option).Click();
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
