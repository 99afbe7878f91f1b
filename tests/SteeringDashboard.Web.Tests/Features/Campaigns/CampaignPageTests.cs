using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Components.Charts;
using SteeringDashboard.Web.Features.Campaigns;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Campaigns;

/// <summary>The demo peak campaign against trafficking crimes, on a database of its own, with a standing-agency officer signed in.</summary>
public sealed class CampaignPageTests : DatabasePageContext, IAsyncLifetime
{
    private const string CasesDetected = "ENF_CASES_DETECTED";
    private const string VictimsRescued = "VIC_RESCUED";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private IRenderedComponent<MudPopoverProvider> _popovers = default!;
    private IRenderedComponent<CampaignPage> _page = default!;
    private CampaignDetail _campaign = default!;
    private Actor _officer = default!;

    public async ValueTask InitializeAsync()
    {
        await UseDatabaseAsync(new SeedOptions());
        _officer = await TestAccounts.CreateAsync(Factory, SteeringRole.StandingAgency, displayName: "Standing agency officer");
        this.SignInAs(_officer);
        var plan = (await Services.GetRequiredService<PlanQueries>().ListAsync(Cancellation)).Single();
        var campaigns = Services.GetRequiredService<CampaignQueries>();
        var peak = (await campaigns.ListAsync(plan.Id, Cancellation)).Single(c => c.NameEn.StartsWith("2018 peak campaign", StringComparison.Ordinal));
        _campaign = (await campaigns.LoadAsync(peak.Id, Cancellation))!;
    }

    [Fact]
    public async Task SavingAFigureChangesTheTotalAndTheChartInPlace()
    {
        using var culture = CultureScope.Use("en-US");
        var unit = _campaign.NotReporting.First();
        var before = TotalOf(CasesDetected);
        RenderPage();
        var chart = _page.FindComponent<ChartCard>();
        Assert.Equal(before.ToString("N0", CultureInfo.CurrentCulture), TotalCell(CasesDetected));
        Assert.Contains(unit.NameEn, NotReportingNames());

        ChooseUnit(unit.NameEn);
        FigureField(CasesDetected).Input("7");
        _page.Find("[data-testid=entry-save]").Click();

        _page.WaitForAssertion(() => Assert.Equal((before + 7).ToString("N0", CultureInfo.CurrentCulture), TotalCell(CasesDetected)), Timeout);
        Assert.DoesNotContain(unit.NameEn, NotReportingNames());
        Assert.Same(chart.Instance, _page.FindComponent<ChartCard>().Instance);
        var indicatorIndex = _campaign.Targets.OrderBy(t => t.IndicatorId).Select(t => t.Code).ToList().IndexOf(CasesDetected);
        Assert.Equal(before + 7, chart.Instance.Spec.Datasets[0].Data[indicatorIndex]);
        var stored = await StoredAsync(unit.Id);
        Assert.Equal(7, stored[CasesDetected]);
        Assert.Equal("Standing agency officer", await LastChangedByAsync(unit.Id, CasesDetected));
    }

    [Fact]
    public async Task ANegativeNumberIsRefusedBesideItsFieldAndNothingIsStored()
    {
        using var culture = CultureScope.Use("en-US");
        var unit = _campaign.Participants.First(p => _campaign.Figures.Any(f => f.UnitId == p.Id));
        var storedBefore = await StoredAsync(unit.Id);
        var before = TotalOf(CasesDetected);
        RenderPage();

        ChooseUnit(unit.NameEn);
        FigureField(CasesDetected).Input("-3");
        _page.Find("[data-testid=entry-save]").Click();

        _page.WaitForAssertion(() => Assert.Equal("Enter a whole number, 0 or more.", DescriptionOf(FigureField(CasesDetected))), Timeout);
        Assert.Equal("true", FigureField(CasesDetected).GetAttribute("aria-invalid"));
        Assert.NotNull(_page.Find("[data-testid=entry-invalid]"));
        Assert.Equal(before.ToString("N0", CultureInfo.CurrentCulture), TotalCell(CasesDetected));
        Assert.Equal(storedBefore, await StoredAsync(unit.Id));
    }

    [Fact]
    public async Task FiguresSavedBySomeoneElseWhileITypeAreShownAndMineCanBeSavedOverThem()
    {
        using var culture = CultureScope.Use("en-US");
        var (unit, indicatorId, loaded) = OpenReportedCasesFigure();
        FigureField(CasesDetected).Input("4");

        await SaveAsAnotherOfficerAsync(unit.Id, indicatorId, loaded.Value + 10, loaded.Version);
        // The live refresh shows their figures on the page but leaves the field being typed in alone.
        _page.WaitForAssertion(() => Assert.Contains("Another officer", _page.Find("[data-testid=refresh-status]").TextContent, StringComparison.Ordinal), Timeout);
        Assert.Equal("4", FigureField(CasesDetected).GetAttribute("value"));
        _page.Find("[data-testid=entry-save]").Click();

        var conflict = _page.WaitForElement("[data-testid=entry-conflict]", Timeout);
        Assert.StartsWith($"Trafficking cases detected: {loaded.Value + 10} (saved at", conflict.QuerySelector("li")!.TextContent.Trim());
        Assert.Equal("4", FigureField(CasesDetected).GetAttribute("value"));
        Assert.Equal(loaded.Value + 10, (await StoredAsync(unit.Id))[CasesDetected]);

        conflict.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Save my figures over these").Click();

        _page.WaitForAssertion(() => Assert.Empty(_page.FindAll("[data-testid=entry-conflict]")), Timeout);
        Assert.Equal(4, (await StoredAsync(unit.Id))[CasesDetected]);
    }

    [Fact]
    public async Task ResultsSavedOnAnotherScreenReachTheOpenPageWithoutAReload()
    {
        using var culture = CultureScope.Use("en-US");
        var (unit, indicatorId, loaded) = OpenReportedCasesFigure();
        Assert.Equal(loaded.Value.ToString(CultureInfo.InvariantCulture), FigureField(CasesDetected).GetAttribute("value"));

        await SaveAsAnotherOfficerAsync(unit.Id, indicatorId, loaded.Value + 10, loaded.Version);

        _page.WaitForAssertion(
            () => Assert.Equal((loaded.Value + 10).ToString(CultureInfo.InvariantCulture), FigureField(CasesDetected).GetAttribute("value")), Timeout);
        Assert.Contains("Another officer", _page.Find("[data-testid=refresh-status]").TextContent, StringComparison.Ordinal);
    }

    private async Task SaveAsAnotherOfficerAsync(int unitId, int indicatorId, int value, Guid version)
    {
        var theirs = await Services.GetRequiredService<CampaignResultService>().SaveAsync(
            _campaign.Campaign.Id, unitId, [new CampaignFigure(indicatorId, value, version)],
            new Caller((await TestAccounts.CreateAsync(Factory, SteeringRole.StandingAgency, displayName: "Another officer")).UserId),
            Cancellation);
        Assert.IsType<CampaignSaveOutcome.Saved>(theirs);
    }

    [Fact]
    public async Task AReporterOfAParticipatingUnitEntersOnlyItsOwnUnitsResults()
    {
        using var culture = CultureScope.Use("en-US");
        var unit = _campaign.NotReporting.First();
        await this.SignInNewAccountAsync(SteeringRole.UnitReporter, unit.Id);
        RenderPage();

        _page.WaitForElement($"input[data-indicator={CasesDetected}]", Timeout);
        _page.Find("[data-testid=entry-unit]").Closest(".mud-input-control")!.MouseDown();
        _popovers.WaitForAssertion(() => Assert.Equal([unit.NameEn], _popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim())), Timeout);

        FigureField(CasesDetected).Input("3");
        _page.Find("[data-testid=entry-save]").Click();

        await WaitForStoredAsync(unit.Id, CasesDetected, 3);
    }

    [Theory]
    [InlineData(SteeringRole.CommitteeMember)]
    [InlineData(SteeringRole.Secretariat)]
    [InlineData(SteeringRole.Administrator)]
    public async Task RolesThatMayNotRecordResultsSeeNoEntryForm(SteeringRole role)
    {
        await this.SignInNewAccountAsync(role);

        RenderPage();

        Assert.Empty(_page.FindAll("#campaign-entry-heading, [data-testid=entry-unit], [data-testid=entry-save]"));
    }

    [Fact]
    public async Task AReporterOfAUnitOutsideTheCampaignSeesNoEntryForm()
    {
        var outsider = await UnitIdAsync(id => _campaign.Participants.All(p => p.Id != id));
        await this.SignInNewAccountAsync(SteeringRole.UnitReporter, outsider);

        RenderPage();

        Assert.Empty(_page.FindAll("[data-testid=entry-unit]"));
    }

    [Fact]
    public async Task ADisabledUsersSaveIsRefusedAndNothingIsStored()
    {
        using var culture = CultureScope.Use("en-US");
        var unit = _campaign.NotReporting.First();
        RenderPage();
        ChooseUnit(unit.NameEn);
        await TestAccounts.DisableAsync(Factory, _officer.UserId);

        FigureField(CasesDetected).Input("7");
        _page.Find("[data-testid=entry-save]").Click();

        var refusal = _page.WaitForElement("[data-testid=entry-forbidden]", Timeout);
        Assert.Equal("You may not record this unit's results. Nothing was saved.", refusal.TextContent.Trim());
        Assert.Empty(await StoredAsync(unit.Id));
    }

    [Fact]
    public async Task ASecretariatUserSeesSmallVictimResultsHiddenAndTheChartGetsNoNumberForTheirTotal()
    {
        using var culture = CultureScope.Use("en-US");
        var module = JSInterop.SetupModule(ChartCanvas.ModulePath);
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        var small = SmallVictimFigures()[0];
        var index = TargetIndex(VictimsRescued);

        RenderPage();

        Assert.Equal("< 5", UnitCell(UnitNamed(small.UnitId), VictimsRescued));
        Assert.Equal("hidden", TotalCell(VictimsRescued));
        Assert.Equal(_campaign.Targets.Single(t => t.Code == CasesDetected).Total.ToString("N0", CultureInfo.CurrentCulture), TotalCell(CasesDetected));
        Assert.NotEmpty(_page.FindAll("[data-testid=hidden-figures-note]"));
        var spec = _page.FindComponent<ChartCard>().Instance.Spec;
        Assert.Null(spec.Datasets[0].Data[index]);
        Assert.Equal("hidden", spec.Datasets[0].HiddenTextAt(index));
        _page.WaitForAssertion(() => Assert.Equal(2, module.Invocations["create"].Count), Timeout);
        var sent = _page.FindComponent<ChartCard>().Find("canvas").GetAttribute("data-spec")!;
        var json = JsonDocument.Parse(sent).RootElement;
        Assert.Equal(JsonValueKind.Null, json.GetProperty("datasets")[0].GetProperty("data")[index].ValueKind);
    }

    [Fact]
    public async Task ACommitteeMemberSeesSmallVictimResultsAndTheirTotal()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.CommitteeMember);
        var small = SmallVictimFigures()[0];

        RenderPage();

        Assert.Equal(small.Value.ToString("N0", CultureInfo.CurrentCulture), UnitCell(UnitNamed(small.UnitId), VictimsRescued));
        Assert.Equal(TotalOf(VictimsRescued).ToString("N0", CultureInfo.CurrentCulture), TotalCell(VictimsRescued));
        Assert.Equal(TotalOf(VictimsRescued), _page.FindComponent<ChartCard>().Instance.Spec.Datasets[0].Data[TargetIndex(VictimsRescued)]);
        Assert.Empty(_page.FindAll("[data-testid=hidden-figures-note]"));
    }

    [Fact]
    public async Task AReporterSeesItsOwnUnitsSmallResultExactlyAndAnotherUnitsHidden()
    {
        using var culture = CultureScope.Use("en-US");
        var (own, other) = (SmallVictimFigures()[0], SmallVictimFigures()[1]);
        await this.SignInNewAccountAsync(SteeringRole.UnitReporter, own.UnitId);

        RenderPage();

        Assert.Equal(own.Value.ToString("N0", CultureInfo.CurrentCulture), UnitCell(UnitNamed(own.UnitId), VictimsRescued));
        Assert.Equal("< 5", UnitCell(UnitNamed(other.UnitId), VictimsRescued));
        Assert.Equal("hidden", TotalCell(VictimsRescued));
    }

    [Fact]
    public void TheUnitsNotYetReportingAreExactlyTheParticipantsWithNoResultRecorded()
    {
        using var culture = CultureScope.Use("en-US");

        RenderPage();

        var expected = _campaign.Participants.Where(p => _campaign.Figures.All(f => f.UnitId != p.Id)).Select(p => p.NameEn).Order(StringComparer.Ordinal);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, NotReportingNames().Order(StringComparer.Ordinal));
        var rows = _page.FindAll("[data-testid=unit-results] tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim());
        Assert.All(NotReportingNames(), name => Assert.Equal("—", rows[name].QuerySelector("[data-testid=last-reported]")!.TextContent.Trim()));
        var reported = _campaign.Figures.GroupBy(f => f.UnitId).First();
        Assert.Equal(
            Core.HanoiTime.ToHanoi(reported.Max(f => f.UpdatedAtUtc)).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            rows[NameOf(reported.Key)].QuerySelector("[data-testid=last-reported]")!.TextContent.Trim());
    }

    [Fact]
    public void TheChartsCarryEachIndicatorsTargetItsReportedTotalAndTheShareReached()
    {
        using var culture = CultureScope.Use("en-US");

        RenderPage();

        var targets = _campaign.Targets.OrderBy(t => t.IndicatorId).ToList();
        var charts = _page.FindComponents<ChartCard>().Select(c => c.Instance).ToList();
        Assert.Equal(["Reported total and target per indicator", "Progress against target"], charts.Select(c => c.Title));
        var (totals, progress) = (charts[0].Spec, charts[1].Spec);
        Assert.Equal(targets.Select(t => t.NameEn), totals.Labels);
        Assert.Equal(targets.Select(t => (double?)t.Total), totals.Datasets[0].Data);
        Assert.Equal(targets.Select(t => (double?)t.Target), totals.Datasets[1].Data);
        Assert.Equal(ChartValueFormat.Percent, progress.ValueFormat);
        Assert.Equal(targets.Select(t => t.Target > 0 ? (double)t.Total / t.Target : (double?)null), progress.Datasets[0].Data);
    }

    /// <summary>Opens the page on a participant with figures on file; the unit, the cases indicator and its figure as loaded.</summary>
    private (UnitName Unit, int IndicatorId, CampaignUnitFigure Loaded) OpenReportedCasesFigure()
    {
        var unit = _campaign.Participants.First(p => _campaign.Figures.Any(f => f.UnitId == p.Id));
        var indicatorId = _campaign.Targets.Single(t => t.Code == CasesDetected).IndicatorId;
        var loaded = _campaign.Figures.Single(f => f.UnitId == unit.Id && f.IndicatorId == indicatorId);
        RenderPage();
        ChooseUnit(unit.NameEn);
        return (unit, indicatorId, loaded);
    }

    private void RenderPage()
    {
        _popovers = Render<MudPopoverProvider>();
        _page = Render<CampaignPage>(p => p.Add(c => c.Id, _campaign.Campaign.Id));
        _page.WaitForElement("[data-testid=target-totals]", Timeout);
    }

    private long TotalOf(string code) => _campaign.Targets.Single(t => t.Code == code).Total;

    private string TotalCell(string code) => _page.Find($"[data-testid=target-totals] tr[data-indicator={code}] [data-testid=total]").TextContent.Trim();

    /// <summary>The demo campaign's victims-rescued results from 1 to 4.</summary>
    private IReadOnlyList<CampaignUnitFigure> SmallVictimFigures()
    {
        var indicatorId = _campaign.Targets.Single(t => t.Code == VictimsRescued).IndicatorId;
        var small = _campaign.Figures.Where(f => f.IndicatorId == indicatorId && f.Value is > 0 and < 5).ToList();
        Assert.True(small.Count >= 2, "The demo campaign has fewer than two victim figures below 5.");
        return small;
    }

    private string UnitNamed(int unitId) => _campaign.Participants.Single(p => p.Id == unitId).NameEn;

    private int TargetIndex(string code) => _campaign.Targets.OrderBy(t => t.IndicatorId).Select(t => t.Code).ToList().IndexOf(code);

    private string UnitCell(string unitName, string code) =>
        _page.FindAll("[data-testid=unit-results] tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim() == unitName)
            .QuerySelectorAll("td")[TargetIndex(code)].TextContent.Trim();

    private IReadOnlyList<string> NotReportingNames() =>
        _page.FindAll("[data-testid=not-reporting] li").Select(li => li.TextContent.Trim()).ToList();

    private IElement FigureField(string code) => _page.Find($"input[data-indicator={code}]");

    /// <summary>Opens the unit picker and clicks the unit's option, as a user would.</summary>
    private void ChooseUnit(string name)
    {
        _page.Find("[data-testid=entry-unit]").Closest(".mud-input-control")!.MouseDown();
        _popovers.WaitForAssertion(() => Assert.Contains(_popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == name), Timeout);
        _popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == name).Click();
        _page.WaitForElement($"input[data-indicator={CasesDetected}]", Timeout);
    }

    private string DescriptionOf(IElement field) =>
        string.Join(" ", field.GetAttribute("aria-describedby")!.Split(' ').Select(id => _page.Find($"[id='{id}']").TextContent.Trim()));

    private async Task<Dictionary<string, int>> StoredAsync(int unitId)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.CampaignResults
            .Where(r => r.CampaignId == _campaign.Campaign.Id && r.UnitId == unitId)
            .Join(db.Indicators, r => r.IndicatorId, i => i.Id, (r, i) => new { i.Code, r.Value })
            .ToDictionaryAsync(x => x.Code, x => x.Value, Cancellation);
    }

    private async Task WaitForStoredAsync(int unitId, string code, int value)
    {
        // The save runs on the renderer; wait for its outcome on the page (the entry reloads after a save), then read the store.
        _page.WaitForAssertion(() => Assert.DoesNotContain(NameOf(unitId), NotReportingNames()), Timeout);
        Assert.Equal(value, (await StoredAsync(unitId))[code]);
    }

    private string NameOf(int unitId) => _campaign.Participants.Single(p => p.Id == unitId).NameEn;

    private async Task<int> UnitIdAsync(Func<int, bool> where)
    {
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        return (await db.Units.Select(u => u.Id).ToListAsync(Cancellation)).First(where);
    }

    private async Task<string?> LastChangedByAsync(int unitId, string code)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.CampaignResults
            .Where(r => r.CampaignId == _campaign.Campaign.Id && r.UnitId == unitId && db.Indicators.Any(i => i.Id == r.IndicatorId && i.Code == code))
            .Select(r => r.UpdatedBy)
            .SingleAsync(Cancellation);
    }
}
