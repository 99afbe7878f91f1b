using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Features.Assignments;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Assignments;

/// <summary>
/// The bulk update page on task 11 (every district) against a database of its own, the clock at noon on 20/07/2018 in
/// Ha Noi, with a standing-agency officer signed in.
/// </summary>
public sealed class BulkUpdatePageTests : BunitContext, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly string[] ChosenUnits = ["BA-DINH", "BA-VI", "CAU-GIAY"];
    private readonly TemporaryDatabase _database = new();
    private readonly FixedClock _clock = FixedClock.AtHanoiNoon(new DateOnly(2018, 7, 20));
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;
    private IRenderedComponent<MudPopoverProvider> _popovers = default!;
    private IRenderedComponent<BulkUpdatePage> _page = default!;
    private Dictionary<string, (int Id, string Name)> _task11 = [];
    private Actor _officer = default!;

    private static CancellationToken Cancellation => Xunit.TestContext.Current.CancellationToken;

    private AssignmentUpdateService Updates => Services.GetRequiredService<AssignmentUpdateService>();

    public async ValueTask InitializeAsync()
    {
        this.AddSteeringDefaults();
        await this.UseSteeringDatabaseAsync(_database, clock: _clock);
        var factory = Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>();
        _officer = await TestAccounts.CreateAsync(factory, SteeringRole.StandingAgency, displayName: "Standing agency officer");
        this.SignInAs(_officer);
        await using var db = await factory.CreateDbContextAsync(Cancellation);
        _task11 = await db.Assignments
            .Where(a => a.PlanTask!.Number == 11)
            .Select(a => new { a.Unit!.Code, a.Id, a.Unit.NameEn })
            .ToDictionaryAsync(a => a.Code, a => (a.Id, a.NameEn), Cancellation);
    }

    [Fact]
    public async Task PreviewListsTheChosenUnitsFromOldToNew()
    {
        using var culture = CultureScope.Use("en-US");
        var before = await CurrentAsync();
        RenderPage();
        ChooseUnitsAndValues("15/07/2018");

        Preview();

        var rows = _page.WaitForElements("[data-testid=bulk-preview-table] tbody tr", Timeout);
        Assert.Equal(
            ChosenUnits.Select(code => (
                _task11[code].Name,
                $"{StateText(before[code].State)}, {before[code].Progress}%, completed on: {DateText(before[code].CompletedOn) ?? "—"}",
                "Completed, 100%, completed on: 15/07/2018",
                before[code].CompletedOn is { } recorded && recorded != new DateOnly(2018, 7, 15)
                    ? $"Rewrites the completion date it recorded: {DateText(recorded)} → 15/07/2018"
                    : "None")),
            rows.Select(r => (Cell(r, "th"), Cell(r, "td:nth-of-type(1)"), Cell(r, "td:nth-of-type(2)"), Cell(r, "td:nth-of-type(3)"))));
        Assert.False(ApplyButton().HasAttribute("disabled"));
    }

    [Fact]
    public async Task ApplyStoresOneHistoryRowPerChosenUnitAfterConfirmation()
    {
        using var culture = CultureScope.Use("en-US");
        var historyBefore = await HistoryCountsAsync();
        RenderPage();
        ChooseUnitsAndValues("15/07/2018");
        Preview();
        _page.WaitForElement("[data-testid=bulk-preview-table]", Timeout);

        ApplyButton().Click();
        ConfirmInMessageBox();

        _page.WaitForAssertion(() => Assert.Empty(_page.FindAll("[data-testid=bulk-preview-table]")), Timeout);
        var historyAfter = await HistoryCountsAsync();
        foreach (var (code, (id, _)) in _task11)
        {
            var expectedNewRows = ChosenUnits.Contains(code) ? 1 : 0;
            Assert.True(historyAfter[id] - historyBefore[id] == expectedNewRows, $"{code}: {historyAfter[id] - historyBefore[id]} new history rows");
        }

        foreach (var code in ChosenUnits)
        {
            var latest = (await Updates.HistoryAsync(_task11[code].Id, Cancellation))[0];
            Assert.Equal(
                ("Standing agency officer", AssignmentState.Completed, 100, (DateOnly?)new DateOnly(2018, 7, 15), "Reported at the city meeting"),
                (latest.ChangedBy, latest.NewState, latest.NewProgress, latest.NewCompletedOn, latest.Note));
        }
    }

    [Fact]
    public async Task ReopeningCompletedUnitsIsFlaggedAndAppliedOnlyAfterConfirmingEachOneByName()
    {
        using var culture = CultureScope.Use("en-US");
        var before = await CurrentAsync();
        Assert.All(ChosenUnits, code => Assert.Equal((AssignmentState.Completed, 100), (before[code].State, before[code].Progress)));
        var historyBefore = await HistoryCountsAsync();
        RenderPage();
        ChooseUnitsAndValues(completedOn: "");
        ChooseState("In progress");
        _page.Find("[data-testid=bulk-progress]").Input("60");

        Preview();

        var rows = _page.WaitForElements("[data-testid=bulk-preview-table] tbody tr", Timeout);
        Assert.Equal(
            ChosenUnits.Select(code => $"Removes the completion date it recorded: {DateText(before[code].CompletedOn)} | Lowers its progress: 100% → 60%"),
            rows.Select(r => string.Join(" | ", r.QuerySelectorAll("td:nth-of-type(3) li").Select(li => li.TextContent.Trim()))));
        Assert.Equal(
            "For 3 units the update overwrites what they recorded (marked below). Applying asks you to confirm these by name.",
            _page.Find("[data-testid=bulk-warnings]").TextContent.Trim());

        ApplyButton().Click();
        _dialogs.WaitForElement("[data-testid=bulk-confirm-overwrites]", Timeout);
        Assert.Equal(
            ChosenUnits.Select(code =>
                $"{_task11[code].Name}: Removes the completion date it recorded: {DateText(before[code].CompletedOn)}; Lowers its progress: 100% → 60%"),
            _dialogs.FindAll("[data-testid=bulk-confirm-overwrites] li").Select(li => li.TextContent.Trim()));
        ClickInDialog("Cancel");
        Assert.Equal(historyBefore, await HistoryCountsAsync());

        ApplyButton().Click();
        ConfirmInMessageBox();

        _page.WaitForAssertion(() => Assert.Empty(_page.FindAll("[data-testid=bulk-preview-table]")), Timeout);
        var after = await CurrentAsync();
        Assert.All(ChosenUnits, code => Assert.Equal((AssignmentState.InProgress, 60, (DateOnly?)null), (after[code].State, after[code].Progress, after[code].CompletedOn)));
    }

    [Fact]
    public async Task PreviewShowsEachRowsProblemAndApplyStaysDisabled()
    {
        using var culture = CultureScope.Use("en-US");
        var historyBefore = await HistoryCountsAsync();
        RenderPage();
        ChooseUnitsAndValues("25/07/2018");

        Preview();

        var rows = _page.WaitForElements("[data-testid=bulk-preview-table] tbody tr", Timeout);
        Assert.Equal(ChosenUnits.Length, rows.Count);
        Assert.All(rows, r => Assert.Equal("The completion date cannot be later than today.", Cell(r, "td:nth-of-type(3)")));
        Assert.True(ApplyButton().HasAttribute("disabled"));
        Assert.Equal(historyBefore, await HistoryCountsAsync());
    }

    [Fact]
    public async Task AUnitChangedSinceThePreviewIsNamedAndNothingIsApplied()
    {
        using var culture = CultureScope.Use("en-US");
        RenderPage();
        ChooseUnitsAndValues("15/07/2018");
        Preview();
        _page.WaitForElement("[data-testid=bulk-preview-table]", Timeout);
        var baVi = (await Updates.LoadForEditAsync(_task11["BA-VI"].Id, Cancellation))!.Current;
        await Updates.UpdateAsync(
            new AssignmentEdit(baVi.AssignmentId, baVi.Version, AssignmentState.InProgress, 90, null, "One ward still missing"), new Caller(_officer.UserId),
            cancellationToken: Cancellation);
        var historyBefore = await HistoryCountsAsync();

        ApplyButton().Click();
        ConfirmInMessageBox();

        var conflict = _page.WaitForElement("[data-testid=bulk-conflict]", Timeout);
        Assert.Contains("these units were changed by someone else after the preview: Ba Vi District.", conflict.TextContent);
        Assert.Equal(historyBefore, await HistoryCountsAsync());

        conflict.QuerySelector("button")!.Click();
        _page.WaitForAssertion(() => Assert.Empty(_page.FindAll("[data-testid=bulk-conflict]")), Timeout);
        var baViRow = _page.FindAll("[data-testid=bulk-preview-table] tbody tr").Single(r => Cell(r, "th") == "Ba Vi District");
        Assert.Equal("In progress, 90%, completed on: —", Cell(baViRow, "td:nth-of-type(1)"));
    }

    [Fact]
    public async Task ARefusalAfterThePreviewIsShownAndNothingIsApplied()
    {
        using var culture = CultureScope.Use("en-US");
        RenderPage();
        ChooseUnitsAndValues("15/07/2018");
        Preview();
        _page.WaitForElement("[data-testid=bulk-preview-table]", Timeout);
        await TestAccounts.DisableAsync(Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>(), _officer.UserId);
        var historyBefore = await HistoryCountsAsync();

        ApplyButton().Click();
        ConfirmInMessageBox();

        var refusal = _page.WaitForElement("[data-testid=bulk-forbidden]", Timeout);
        Assert.Equal("You may not update assignments in bulk, or not for every unit selected. Nothing was changed.", refusal.TextContent.Trim());
        Assert.True(ApplyButton().HasAttribute("disabled"));
        Assert.Equal(historyBefore, await HistoryCountsAsync());
    }

    [Theory]
    [InlineData(SteeringRole.CommitteeMember)]
    [InlineData(SteeringRole.Secretariat)]
    [InlineData(SteeringRole.UnitReporter)]
    [InlineData(SteeringRole.Administrator)]
    public async Task OtherRolesRenderingThePageDirectlyGetNoForm(SteeringRole role)
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(role, role == SteeringRole.UnitReporter ? await UnitIdAsync("BA-DINH") : null);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/tasks/bulk?task=11");

        var page = Render<BulkUpdatePage>();

        Assert.Equal("Only the standing agency updates assignments in bulk.", page.Find("[data-testid=bulk-not-allowed]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=task-picker], [data-testid=bulk-units], [data-testid=bulk-preview]"));
    }

    [Fact]
    public void ThePageRequiresTheBulkUpdatePolicy()
    {
        var policies = typeof(BulkUpdatePage).GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AuthorizeAttribute), inherit: true)
            .Cast<Microsoft.AspNetCore.Authorization.AuthorizeAttribute>()
            .Select(a => a.Policy);

        Assert.Contains(nameof(SteeringAction.BulkUpdateAssignments), policies);
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        _database.Dispose();
    }

    private void RenderPage()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/tasks/bulk?task=11");
        _popovers = Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
        _page = Render<BulkUpdatePage>();
        _page.WaitForElement("[data-testid=bulk-units]", Timeout);
    }

    /// <summary>Ticks Ba Dinh, Ba Vi and Cau Giay and sets "completed, 100%" on the date given (typed as dd/MM/yyyy), with a note.</summary>
    private void ChooseUnitsAndValues(string completedOn)
    {
        foreach (var code in ChosenUnits)
        {
            _page.FindAll("label.mud-checkbox").Single(l => l.TextContent.Trim() == $"Select {_task11[code].Name}").QuerySelector("input")!.Change(true);
        }

        _page.WaitForAssertion(() => Assert.Equal("3 of 30 units selected", _page.Find("[data-testid=selected-count]").TextContent));
        _page.Find("[data-testid=bulk-progress]").Input("100");
        _page.Find("[data-testid=bulk-completed-on]").Change(completedOn);
        _page.Find("[data-testid=bulk-note]").Input("Reported at the city meeting");
    }

    private void Preview() => _page.Find("[data-testid=bulk-preview]").Click();

    private IElement ApplyButton() => _page.Find("[data-testid=bulk-apply]");

    private void ConfirmInMessageBox() => ClickInDialog("Apply, overwriting these");

    private void ClickInDialog(string button)
    {
        _dialogs.WaitForAssertion(() => Assert.Contains(_dialogs.FindAll("button"), b => b.TextContent.Trim() == button), Timeout);
        _dialogs.FindAll("button").Single(b => b.TextContent.Trim() == button).Click();
    }

    /// <summary>Opens the state picker and clicks the state's option, as a user would.</summary>
    private void ChooseState(string state)
    {
        _page.Find("[data-testid=bulk-state]").Closest(".mud-input-control")!.MouseDown();
        _popovers.WaitForAssertion(() => Assert.Contains(_popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == state), Timeout);
        _popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == state).Click();
    }

    private static string? DateText(DateOnly? date) => date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<Dictionary<string, AssignmentSnapshot>> CurrentAsync()
    {
        var current = new Dictionary<string, AssignmentSnapshot>();
        foreach (var code in ChosenUnits)
        {
            current[code] = (await Updates.LoadForEditAsync(_task11[code].Id, Cancellation))!.Current;
        }

        return current;
    }

    private async Task<int> UnitIdAsync(string code)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync(Cancellation);
    }

    private async Task<Dictionary<int, int>> HistoryCountsAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        var ids = _task11.Values.Select(v => v.Id).ToList();
        return await db.AssignmentHistory.Where(h => ids.Contains(h.AssignmentId))
            .GroupBy(h => h.AssignmentId)
            .ToDictionaryAsync(g => g.Key, g => g.Count(), Cancellation);
    }

    private static string StateText(AssignmentState state) => state switch
    {
        AssignmentState.NotStarted => "Not started",
        AssignmentState.InProgress => "In progress",
        _ => "Completed",
    };

    private static string Cell(IElement row, string selector) =>
        string.Join(' ', row.QuerySelector(selector)!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
