using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Web.Features.History;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.History;

public sealed class AssignmentHistoryPageTests : DatabasePageContext
{
    /// <summary>Ha Noi 09:30 on 4 May 2026.</summary>
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 2, 30, 0, TimeSpan.Zero);

    private readonly FixedClock _clock = new(Now);

    [Fact]
    public async Task ListsTheChangesNewestFirstInHaNoiTimeUnderVietnamese()
    {
        using var culture = CultureScope.Use("vi-VN");
        await UseDatabaseAsync(clock: _clock);
        var assignment = await BaDinhAssignmentAsync();
        await SaveAsync(assignment, AssignmentState.InProgress, 40, "Trần Thị Bình", Now);
        await SaveAsync(assignment, AssignmentState.InProgress, 60, "Lê Văn Cường", Now.AddHours(1).AddMinutes(15));
        var stored = await Services.GetRequiredService<AssignmentUpdateService>().HistoryAsync(assignment, Cancellation);

        var page = await RenderHistoryAsync(assignment);

        var rows = HistoryRows(page);
        Assert.Equal(stored.Count, rows.Count);
        Assert.Equal(
            stored.Select(c => c.ChangedAtUtc.AddHours(7).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)),
            rows.Select(r => Cell(r, 0)));
        Assert.Equal(
            rows.Select(r => DateTime.ParseExact(Cell(r, 0), "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)).OrderDescending(),
            rows.Select(r => DateTime.ParseExact(Cell(r, 0), "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)));
        Assert.Equal(["04/05/2026 10:45", "04/05/2026 09:30"], rows.Take(2).Select(r => Cell(r, 0)));
        Assert.Equal(["Lê Văn Cường", "Trần Thị Bình"], rows.Take(2).Select(r => Cell(r, 1)));
        Assert.Equal($"{Percent(40)} đổi thành {Percent(60)}", Normalized(rows[0].QuerySelectorAll("td")[3]));
    }

    [Fact]
    public async Task ShowsTheCurrentStateTaskAndUnitWithALinkBack()
    {
        using var culture = CultureScope.Use("en-US");
        await UseDatabaseAsync(clock: _clock);
        var row = await BaDinhAssignmentRowAsync();
        await SaveAsync(row.AssignmentId, AssignmentState.InProgress, 40, "Tran Thi Binh", Now);

        var page = await RenderHistoryAsync(row.AssignmentId);

        Assert.Equal($"Task {row.TaskNumber}: history for Ba Dinh District", Assert.Single(page.FindAll("h1")).TextContent.Trim());
        Assert.Equal(row.TaskTextEn, page.Find("h1 + p").TextContent.Trim());
        var facts = page.Find("section[aria-labelledby=current-heading] dl").TextContent;
        Assert.Contains("In progress", facts, StringComparison.Ordinal);
        Assert.Contains("40%", facts, StringComparison.Ordinal);
        Assert.Contains("04/05/2026 09:30", facts, StringComparison.Ordinal);
        var back = page.FindAll("a").Single(a => a.TextContent.Trim() == "Back to Ba Dinh District");
        Assert.StartsWith("/units/BA-DINH?plan=", back.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewChangeAppearsAtTheTopWithoutAReload()
    {
        using var culture = CultureScope.Use("en-US");
        await UseDatabaseAsync(clock: _clock);
        var assignment = await BaDinhAssignmentAsync();
        var page = await RenderHistoryAsync(assignment);
        var before = HistoryRows(page).Count;

        await SaveAsync(assignment, AssignmentState.InProgress, 55, "Pham Minh Duc", Now);

        page.WaitForAssertion(() =>
        {
            var rows = HistoryRows(page);
            Assert.Equal(before + 1, rows.Count);
            Assert.Equal("Pham Minh Duc", Cell(rows[0], 1));
        });
        Assert.Contains("after a change by Pham Minh Duc", page.Find("[data-testid=refresh-status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAssignmentSaysSo()
    {
        using var culture = CultureScope.Use("en-US");
        await UseDatabaseAsync(clock: _clock);

        var page = await RenderHistoryAsync(999_999);

        Assert.Equal("Assignment not found", page.Find("h1").TextContent.Trim());
        Assert.Empty(page.FindAll("table"));
    }

    private async Task<IRenderedComponent<AssignmentHistoryPage>> RenderHistoryAsync(int assignmentId)
    {
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/assignments/{assignmentId}");
        var page = Render<AssignmentHistoryPage>(parameters => parameters.Add(p => p.Id, assignmentId));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-progress-linear")), TimeSpan.FromSeconds(10));
        return page;
    }

    private async Task<int> BaDinhAssignmentAsync() => (await BaDinhAssignmentRowAsync()).AssignmentId;

    /// <summary>Ba Dinh's first assignment by task number.</summary>
    private async Task<AssignmentRow> BaDinhAssignmentRowAsync()
    {
        var plan = Assert.Single(await Services.GetRequiredService<PlanQueries>().ListAsync(Cancellation));
        var rows = await Services.GetRequiredService<AssignmentQueries>().ListAsync(new PlanFilter(plan.Id, HanoiTime.DateOf(Now.UtcDateTime)), Cancellation);
        return rows.Where(r => r.UnitCode == "BA-DINH").OrderBy(r => r.TaskNumber).First();
    }

    private async Task SaveAsync(int assignmentId, AssignmentState state, int progress, string changedBy, DateTimeOffset at)
    {
        _clock.Now = at;
        Assert.IsType<EditOutcome.Saved>(await SaveAssignmentAsync(assignmentId, state, progress, "Báo cáo tiến độ", changedBy));
    }

    private static IReadOnlyList<IElement> HistoryRows(IRenderedComponent<AssignmentHistoryPage> page) =>
        page.FindAll("section[aria-labelledby=history-heading] tbody tr");

    private static string Cell(IElement row, int index) => row.QuerySelectorAll("td")[index].TextContent.Trim();

    /// <summary>The cell's text as a screen reader reads it: the arrow is hidden, "changed to" is not.</summary>
    private static string Normalized(IElement cell) =>
        string.Join(' ', cell.QuerySelectorAll("span:not([aria-hidden])").Select(s => s.TextContent.Trim()));

    private static string Percent(int progress) => (progress / 100d).ToString("P0", CultureInfo.CurrentCulture);
}
