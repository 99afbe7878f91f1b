using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Features.Conferences;
using SteeringDashboard.Web.Features.Conferences.Commendations;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Conferences.Commendations;

/// <summary>The commendations screen per role, on the seeded plan (no demo data) with a conference of its own.</summary>
public sealed class CommendationsPageTests : DatabasePageContext, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private int _conferenceId;
    private int _baDinh;
    private int _hoanKiem;
    private Caller _secretariat = null!;
    private Caller _proposer = null!;

    private CommendationService Service => Services.GetRequiredService<CommendationService>();

    public async ValueTask InitializeAsync()
    {
        await UseDatabaseAsync(new SeedOptions { DemoData = false });
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var units = await db.Units.Where(u => u.Code == "BA-DINH" || u.Code == "HOAN-KIEM").ToDictionaryAsync(u => u.Code, u => u.Id, Cancellation);
        (_baDinh, _hoanKiem) = (units["BA-DINH"], units["HOAN-KIEM"]);
        _conferenceId = await ConferenceScenario.AddToSeededPlanAsync(Factory);
        _secretariat = new Caller((await TestAccounts.CreateAsync(Factory, SteeringRole.Secretariat, displayName: "Thư ký")).UserId);
        _proposer = new Caller((await TestAccounts.CreateAsync(Factory, SteeringRole.Secretariat, displayName: "Thư ký đề nghị")).UserId);
        Render<MudPopoverProvider>();
    }

    [Fact]
    public async Task ACommitteeMemberReadsTheListsButHasNoActionsAndNoProposalForm()
    {
        using var culture = CultureScope.Use("en-US");
        await BringToAsync("Nguyễn Văn An", _baDinh, CommendationState.Approved);
        await BringToAsync("Trần Thị Bình", _hoanKiem, CommendationState.Proposed);
        await this.SignInNewAccountAsync(SteeringRole.CommitteeMember);

        var page = RenderPage();

        var reading = page.WaitForElement("[data-testid=reading-list]", Timeout);
        Assert.Contains("Nguyễn Văn An", reading.TextContent);
        Assert.Equal(2, page.FindAll("[data-testid=nominations] tbody tr").Count);
        Assert.Empty(page.FindAll("[data-testid=start-review], [data-testid=approve], [data-testid=reject], [data-testid=move-up], [data-testid=move-down]"));
        Assert.Empty(page.FindAll("[data-testid=propose]"));
        Assert.Contains("Hội nghị sơ kết 6 tháng đầu năm 2018, 25/07/2018", page.Find("[data-testid=conference]").TextContent);
    }

    [Fact]
    public async Task AReporterProposesForItsOwnUnitOnlyAndTheListShowsIt()
    {
        using var culture = CultureScope.Use("en-US");
        var reporter = await this.SignInNewAccountAsync(SteeringRole.UnitReporter, _baDinh);
        var page = RenderPage();

        var unit = page.WaitForElement("input[data-testid=unit-fixed]", Timeout);
        Assert.Equal("Ba Dinh District", unit.GetAttribute("value"));
        Assert.Empty(page.FindAll("[data-testid=unit-select]"));
        page.Find("input[data-testid=nominee-field]").Input("Lê Thị Hoa");
        page.Find("textarea[data-testid=achievement-field]").Input("Hỗ trợ 3 nạn nhân tái hòa nhập cộng đồng.");
        page.Find("[data-testid=propose]").Click();

        page.WaitForAssertion(() => Assert.Equal("The nomination of Lê Thị Hoa has been proposed.", page.Find("[data-testid=proposed]").TextContent.Trim()), Timeout);
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var stored = await db.Commendations.SingleAsync(Cancellation);
        Assert.Equal((_baDinh, "Lê Thị Hoa", CommendationState.Proposed, reporter.DisplayName), (stored.UnitId, stored.NomineeName, stored.State, stored.ProposedBy));
        page.WaitForAssertion(() => Assert.Equal("Lê Thị Hoa", page.Find("[data-testid=nominee]").TextContent.Trim()), Timeout);
        Assert.Empty(page.FindAll("[data-testid=start-review]"));
    }

    [Theory]
    [InlineData("en-US", "Enter the name of the individual or organisation.", "Enter a summary of the achievement.")]
    [InlineData("vi-VN", "Vui lòng nhập tên cá nhân hoặc tập thể.", "Vui lòng nhập tóm tắt thành tích.")]
    public async Task MissingInputIsNamedBesideItsFieldInTheUsersLanguageAndNothingIsStored(string cultureName, string nomineeError, string achievementError)
    {
        using var culture = CultureScope.Use(cultureName);
        await this.SignInNewAccountAsync(SteeringRole.UnitReporter, _baDinh);
        var page = RenderPage();

        page.WaitForElement("[data-testid=propose]", Timeout).Click();

        page.WaitForAssertion(() => Assert.Equal(nomineeError, page.Find("#nominee-error").TextContent.Trim()), Timeout);
        Assert.Equal(achievementError, page.Find("#achievement-error").TextContent.Trim());
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        Assert.Equal(0, await db.Commendations.CountAsync(Cancellation));
    }

    [Fact]
    public async Task TheSecretariatTakesAProposalUnderReviewApprovesItAndSeesItsHistory()
    {
        using var culture = CultureScope.Use("en-US");
        var proposed = await BringToAsync("Trần Thị Bình", _hoanKiem, CommendationState.Proposed);
        var secretariat = await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        var page = RenderPage();

        page.WaitForElement("[data-testid=start-review]", Timeout).Click();
        page.WaitForAssertion(() => Assert.Equal("Under review", page.Find("[data-testid=state]").TextContent.Trim()), Timeout);
        page.Find("[data-testid=approve]").Click();

        page.WaitForAssertion(() => Assert.Contains("Trần Thị Bình", page.Find("[data-testid=reading-list]").TextContent), Timeout);
        await using (var approved = await Factory.CreateDbContextAsync(Cancellation))
        {
            var at = (await approved.Commendations.SingleAsync(c => c.Id == proposed, Cancellation)).ApprovedAtUtc!.Value;
            Assert.Equal(
                $"approved by {secretariat.DisplayName} on {HanoiTime.DateOf(at):dd/MM/yyyy}",
                page.WaitForElement("[data-testid=approved-by]", Timeout).TextContent.Trim());
        }

        Assert.Equal("The nomination of Trần Thị Bình is approved and added to the end of the reading order.", page.Find("[data-testid=announcement]").TextContent.Trim());
        page.Find("[data-testid=history-toggle]").Click();
        var steps = page.WaitForElements("[data-testid=history] tbody tr", 3, Timeout);
        Assert.Equal(["Proposed", "Proposed → Under review", "Under review → Approved"], steps.Select(s => s.Children[2].TextContent.Trim()).ToList());
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        Assert.Equal(1, (await db.Commendations.SingleAsync(c => c.Id == proposed, Cancellation)).ReadingOrder);
    }

    [Fact]
    public async Task WhoProposedANominationIsToldThatAnotherAccountMustApproveItAndItStaysUnderReview()
    {
        using var culture = CultureScope.Use("vi-VN");
        var me = new Caller((await this.SignInNewAccountAsync(SteeringRole.Secretariat)).UserId);
        var proposed = Assert.IsType<CommendationOutcome.Saved>(await Service.ProposeAsync(
            me,
            new CommendationProposal(_conferenceId, "Lê Văn Cường", NomineeKind.Individual, _hoanKiem, CommendationForm.SteeringCommitteeCertificateOfMerit, "Thành tích.", []),
            Cancellation));
        Assert.IsType<CommendationOutcome.Saved>(await Service.StartReviewAsync(me, proposed.CommendationId, proposed.Version, Cancellation));
        var page = RenderPage();

        page.WaitForElement("[data-testid=approve]", Timeout).Click();

        page.WaitForAssertion(
            () => Assert.Contains("Bạn là người đề nghị khen thưởng này nên cần một thành viên khác của Văn phòng phê duyệt.", page.Markup),
            Timeout);
        Assert.Empty(page.FindAll("[data-testid=reading-list]"));
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        Assert.Equal(CommendationState.UnderReview, (await db.Commendations.SingleAsync(c => c.Id == proposed.CommendationId, Cancellation)).State);
    }

    [Fact]
    public async Task TheSecretariatMovesAnApprovedNominationByKeyboardButtonsAndHearsWhereItWent()
    {
        using var culture = CultureScope.Use("vi-VN");
        await BringToAsync("Thứ nhất", _baDinh, CommendationState.Approved);
        await BringToAsync("Thứ hai", _hoanKiem, CommendationState.Approved);
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        var page = RenderPage();

        var first = page.WaitForElement("[data-testid=reading-list] li:first-child", Timeout);
        Assert.True(first.QuerySelector("[data-testid=move-up]")!.HasAttribute("disabled"));
        Assert.Equal("Đưa Thứ nhất xuống một bậc", first.QuerySelector("[data-testid=move-down]")!.GetAttribute("aria-label"));
        first.QuerySelector("[data-testid=move-down]")!.Click();

        page.WaitForAssertion(
            () => Assert.Equal(["Thứ hai", "Thứ nhất"], page.FindAll("[data-testid=reading-list] .commendation-reading-name").Select(e => e.TextContent).ToList()),
            Timeout);
        Assert.Equal("Thứ nhất nay ở vị trí thứ 2 trong thứ tự đọc.", page.Find("[data-testid=announcement]").TextContent.Trim());
        Assert.Equal("polite", page.Find("[data-testid=announcement]").GetAttribute("aria-live"));
    }

    [Fact]
    public async Task RejectingAsksForAReasonFirstAndThenShowsIt()
    {
        using var culture = CultureScope.Use("en-US");
        var id = await BringToAsync("Lê Văn Cường", _baDinh, CommendationState.UnderReview);
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        var dialogs = Render<MudDialogProvider>();
        var page = RenderPage();

        page.WaitForElement("[data-testid=reject]", Timeout).Click();
        dialogs.WaitForElement("[data-testid=reject-confirm]", Timeout).Click();

        dialogs.WaitForAssertion(() => Assert.Equal("Enter the reason for rejection.", dialogs.Find("#reject-reason-error").TextContent.Trim()), Timeout);
        await using (var db = await Factory.CreateDbContextAsync(Cancellation))
        {
            Assert.Equal(CommendationState.UnderReview, (await db.Commendations.SingleAsync(c => c.Id == id, Cancellation)).State);
        }

        dialogs.Find("textarea[data-testid=reject-reason]").Input("Thành tích chưa đủ tiêu chuẩn Bằng khen.");
        dialogs.Find("[data-testid=reject-confirm]").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=reject-confirm]")), Timeout);
        page.WaitForAssertion(() => Assert.Equal("Reason: Thành tích chưa đủ tiêu chuẩn Bằng khen.", page.Find("[data-testid=rejection-reason]").TextContent.Trim()), Timeout);
        Assert.StartsWith("Rejected", page.Find("[data-testid=state]").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownConferenceSaysSo()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);

        var page = Render<CommendationsPage>(p => p.Add(c => c.ConferenceId, _conferenceId + 100));

        page.WaitForAssertion(() => Assert.Equal("Conference not found", page.Find("h1").TextContent.Trim()), Timeout);
    }

    private IRenderedComponent<CommendationsPage> RenderPage() => Render<CommendationsPage>(p => p.Add(c => c.ConferenceId, _conferenceId));

    /// <summary>
    /// Proposes a nomination for the unit as one secretariat account, then takes it through the service to <paramref name="state"/>
    /// as another (the proposer may not approve); returns its id.
    /// </summary>
    private async Task<int> BringToAsync(string nominee, int unitId, CommendationState state)
    {
        var outcome = Assert.IsType<CommendationOutcome.Saved>(await Service.ProposeAsync(
            _proposer,
            new CommendationProposal(_conferenceId, nominee, NomineeKind.Individual, unitId, CommendationForm.SteeringCommitteeCertificateOfMerit, "Thành tích.", []),
            Cancellation));
        if (state != CommendationState.Proposed)
        {
            outcome = Assert.IsType<CommendationOutcome.Saved>(await Service.StartReviewAsync(_secretariat, outcome.CommendationId, outcome.Version, Cancellation));
        }

        if (state == CommendationState.Approved)
        {
            outcome = Assert.IsType<CommendationOutcome.Saved>(await Service.ApproveAsync(_secretariat, outcome.CommendationId, outcome.Version, Cancellation));
        }
        else if (state == CommendationState.Rejected)
        {
            outcome = Assert.IsType<CommendationOutcome.Saved>(await Service.RejectAsync(_secretariat, outcome.CommendationId, "Chưa đủ.", outcome.Version, Cancellation));
        }

        return outcome.CommendationId;
    }
}
