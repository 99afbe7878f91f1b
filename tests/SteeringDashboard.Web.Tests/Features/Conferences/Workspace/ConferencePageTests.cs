using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Features.Conferences.Workspace;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Conferences.Workspace;

/// <summary>The workspace's record, checklist and agenda: editing, reading, live updates and conflicting saves.</summary>
public sealed class ConferencePageTests : ConferencePageTestBase
{
    [Fact]
    public async Task TheSecretariatAddsAnAgendaItemAndTheRunningTotalGrows()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();
        var before = Titles();
        Assert.Equal("Total time: 2 h 00 min", Page.Find("[data-testid=agenda-total]").TextContent.Trim());

        Page.Find("input[data-testid=agenda-title]").Change("Tham luận của Sở Y tế");
        Page.Find("input[data-testid=agenda-person]").Change("Giám đốc Sở Y tế");
        Page.Find("input[data-testid=agenda-duration]").Change("15");
        Page.Find("[data-testid=agenda-form]").Submit();

        Page.WaitForAssertion(() => Assert.Equal([.. before, "Tham luận của Sở Y tế"], Titles()), Timeout);
        Assert.Equal("Total time: 2 h 15 min", Page.Find("[data-testid=agenda-total]").TextContent.Trim());
        Assert.Equal("2 h 15 min", Page.FindAll("[data-testid=agenda-ends]")[^1].TextContent.Trim());
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var stored = await db.AgendaItems.Where(i => i.ConferenceId == ConferenceId).OrderBy(i => i.Position).ToListAsync(Cancellation);
        Assert.Equal(("Giám đốc Sở Y tế", 15, stored.Count), (stored[^1].PresenterName, stored[^1].DurationMinutes, stored[^1].Position));
    }

    [Fact]
    public async Task MovingAnItemDownByKeyboardAnnouncesItKeepsTheTotalAndKeepsFocusOnIt()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();
        var before = Titles();
        var first = Page.FindAll("[data-testid=agenda-row]")[0].GetAttribute("data-agenda-id");
        var down = Page.FindAll("button[data-testid=agenda-down]")[0];
        Assert.Equal($"Move “{before[0]}” down", down.GetAttribute("aria-label"));

        down.Click();

        Page.WaitForAssertion(() => Assert.Equal([before[1], before[0], .. before[2..]], Titles()), Timeout);
        Assert.Equal(
            $"“{before[0]}” is now item 2 of {before.Count}. Total time: 2 h 00 min.",
            Page.Find("[data-testid=agenda-announcement]").TextContent.Trim());
        Assert.Equal("polite", Page.Find("[data-testid=agenda-announcement]").GetAttribute("aria-live"));
        Assert.Equal("Total time: 2 h 00 min", Page.Find("[data-testid=agenda-total]").TextContent.Trim());
        Page.WaitForAssertion(() => Assert.Equal($"agenda-down-{first}", Module.VerifyInvoke("focusElement").Arguments[0]), Timeout);
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        Assert.Equal(
            Enumerable.Range(1, before.Count),
            await db.AgendaItems.Where(i => i.ConferenceId == ConferenceId).OrderBy(i => i.Position).Select(i => i.Position).ToListAsync(Cancellation));
    }

    [Fact]
    public async Task MovingTheSecondItemUpToTheTopKeepsFocusOnItsMoveDownButton()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();
        var second = Page.FindAll("[data-testid=agenda-row]")[1].GetAttribute("data-agenda-id");

        Page.FindAll("button[data-testid=agenda-up]")[1].Click();

        Page.WaitForAssertion(() => Assert.Equal(second, Page.FindAll("[data-testid=agenda-row]")[0].GetAttribute("data-agenda-id")), Timeout);
        Assert.True(Page.FindAll("button[data-testid=agenda-up]")[0].HasAttribute("disabled"));
        Page.WaitForAssertion(() => Assert.Equal($"agenda-down-{second}", Module.VerifyInvoke("focusElement").Arguments[0]), Timeout);
    }

    [Fact]
    public async Task AnInvalidRecordShowsTheErrorBesideItsFieldInVietnameseAndChangesNothing()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();

        Page.Find("input[data-testid=record-title]").Change("   ");
        Page.Find("input[data-testid=record-cutoff]").Change("31/12/2017");
        Page.Find("[data-testid=record-form]").Submit();

        Page.WaitForAssertion(() => Assert.Contains("Nhập tên hội nghị.", Page.Find("[data-testid=record-form]").TextContent), Timeout);
        Assert.Contains("Ngày chốt số liệu phải nằm trong hoặc sau kỳ sơ kết.", Page.Find("[data-testid=record-form]").TextContent);
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var stored = await db.Conferences.SingleAsync(Cancellation);
        Assert.Equal(("Hội nghị sơ kết công tác 6 tháng đầu năm 2018 của Ban Chỉ đạo 138/TP", new DateOnly(2018, 6, 15)), (stored.Title, stored.CutoffDate));
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    public async Task DatesTypedAsDayMonthYearInTheRecordAndTheChecklistAreSaved(string cultureName)
    {
        using var culture = CultureScope.Use(cultureName);
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();
        Assert.Equal("15/06/2018", Page.Find("input[data-testid=record-cutoff]").GetAttribute("value"));

        Page.Find("input[data-testid=record-date]").Change("18/07/2018");
        await Page.Find("[data-testid=record-form]").SubmitAsync();
        Page.Find("input[data-testid=checklist-text]").Change("Gửi giấy mời đại biểu");
        Page.Find("input[data-testid=checklist-owner]").Change("Văn phòng Ban Chỉ đạo");
        Page.Find("input[data-testid=checklist-due]").Change("05/07/2018");
        await Page.Find("[data-testid=checklist-form]").SubmitAsync();

        Page.WaitForAssertion(() => Assert.Contains("05/07/2018", Page.Find("[data-testid=checklist]").TextContent), Timeout);
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        Assert.Equal(new DateOnly(2018, 7, 18), (await db.Conferences.SingleAsync(Cancellation)).Date);
        var item = await db.ConferenceChecklistItems.SingleAsync(i => i.Text == "Gửi giấy mời đại biểu", Cancellation);
        Assert.Equal(new DateOnly(2018, 7, 5), item.DueDate);
    }

    [Fact]
    public async Task ACommitteeMemberReadsTheConferenceWithoutAnyEditingControl()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.CommitteeMember);
        RenderPage();

        Assert.NotEmpty(Titles());
        Assert.Contains("15/06/2018", Page.Find("[data-testid=record]").TextContent);
        Assert.Contains("Từ 01/01/2018 đến 30/06/2018", Page.Find("[data-testid=record]").TextContent);
        Assert.NotNull(Page.Find("[data-testid=read-only]"));
        Assert.NotNull(Page.Find("[data-testid=demo-notice]"));
        Assert.Empty(Page.FindAll("form"));
        Assert.Empty(Page.FindAll("[data-testid=agenda-up], [data-testid=agenda-down], [data-testid=agenda-remove], [data-testid=checklist-done]"));
        Assert.All(Page.FindAll("[data-testid=agenda-row]"), row => Assert.Equal("false", row.GetAttribute("draggable")));
        Assert.Empty(Module.Invocations);
        Assert.Equal(
            [($"/conference/{ConferenceId}/review", "Báo cáo sơ kết và bộ tài liệu đã chốt"), ($"/conference/{ConferenceId}/commendations", "Khen thưởng")],
            Page.FindAll("[data-testid=workspace-links] a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())));
    }

    [Fact]
    public async Task ACommitteeMembersOpenPageShowsAnAgendaItemTheSecretariatJustAdded()
    {
        using var culture = CultureScope.Use("en-US");
        var secretariat = await TestAccounts.CreateAsync(Factory, SteeringRole.Secretariat);
        await this.SignInNewAccountAsync(SteeringRole.CommitteeMember);
        RenderPage();
        var version = (await Services.GetRequiredService<ConferenceQueries>().LoadAsync(ConferenceId, Cancellation))!.Versions.Agenda;

        Assert.IsType<ConferenceOutcome.Saved>(await Services.GetRequiredService<ConferenceService>().SaveAgendaItemAsync(
            new Caller(secretariat.UserId), ConferenceId, version, null, new AgendaDraft("Văn nghệ chào mừng", null, "Nhà văn hóa", 10), Cancellation));

        Page.WaitForAssertion(() => Assert.Equal("Văn nghệ chào mừng", Titles()[^1]), Timeout);
        Assert.Equal("Total time: 2 h 10 min", Page.Find("[data-testid=agenda-total]").TextContent.Trim());
    }

    [Theory]
    [InlineData("en-US", "vi-VN", "Total time: 2 h 10 min")]
    [InlineData("vi-VN", "en-US", "Tổng thời gian: 2 giờ 10 phút")]
    public async Task AnItemSavedInAnotherLanguageShowsOnAReadersPageInTheReadersOwn(string reader, string writer, string total)
    {
        using var culture = CultureScope.Use(reader);
        var secretariat = await TestAccounts.CreateAsync(Factory, SteeringRole.Secretariat);
        await this.SignInNewAccountAsync(SteeringRole.CommitteeMember);
        RenderPage();
        var version = (await Services.GetRequiredService<ConferenceQueries>().LoadAsync(ConferenceId, Cancellation))!.Versions.Agenda;

        using (CultureScope.Use(writer))
        {
            Assert.IsType<ConferenceOutcome.Saved>(await Services.GetRequiredService<ConferenceService>().SaveAgendaItemAsync(
                new Caller(secretariat.UserId), ConferenceId, version, null, new AgendaDraft("Văn nghệ chào mừng", null, "Nhà văn hóa", 10), Cancellation));
        }

        Page.WaitForAssertion(() => Assert.Equal("Văn nghệ chào mừng", Titles()[^1]), Timeout);
        Assert.Equal(total, Page.Find("[data-testid=agenda-total]").TextContent.Trim());
    }

    [Fact]
    public async Task TheSecretariatTicksAChecklistItemAfterAnotherEditorChangedTheAgendaAndBothChangesAreKept()
    {
        using var culture = CultureScope.Use("en-US");
        var other = await TestAccounts.CreateAsync(Factory, SteeringRole.Secretariat, displayName: "Thư ký hai");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();
        var invitations = ChecklistRows().Single(row => row.TextContent.Contains("Gửi giấy mời các đơn vị và đại biểu", StringComparison.Ordinal));
        await AddAgendaItemAsAsync(other, "Văn nghệ chào mừng");

        invitations.QuerySelector("input[type=checkbox]")!.Change(true);

        Page.WaitForAssertion(() => Assert.True(IsTicked("Gửi giấy mời các đơn vị và đại biểu")), Timeout);
        Assert.Empty(Page.FindAll("[data-testid=alert]"));
        Assert.Equal("Văn nghệ chào mừng", Titles()[^1]);
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        Assert.True((await db.ConferenceChecklistItems.SingleAsync(i => i.Text == "Gửi giấy mời các đơn vị và đại biểu", Cancellation)).Done);
        Assert.Equal("Văn nghệ chào mừng", (await db.AgendaItems.OrderBy(i => i.Position).LastAsync(Cancellation)).Title);
    }

    [Fact]
    public async Task AnAgendaItemAddedOnAPageOpenedBeforeAnotherEditorsAgendaChangeIsRefusedAsAConflictAndOverwritesNothing()
    {
        using var culture = CultureScope.Use("en-US");
        var other = await TestAccounts.CreateAsync(Factory, SteeringRole.Secretariat, displayName: "Thư ký hai");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();
        var before = Titles();
        await AddAgendaItemAsAsync(other, "Văn nghệ chào mừng");

        Page.Find("input[data-testid=agenda-title]").Change("Tham luận của Sở Y tế");
        Page.Find("input[data-testid=agenda-person]").Change("Giám đốc Sở Y tế");
        Page.Find("input[data-testid=agenda-duration]").Change("15");
        Page.Find("[data-testid=agenda-form]").Submit();

        Page.WaitForAssertion(() => Assert.Equal(
            "Someone else changed this conference while you were editing it. Nothing was saved; the page now shows the latest version.",
            Page.Find("[data-testid=alert]").TextContent.Trim()), Timeout);
        Assert.Equal([.. before, "Văn nghệ chào mừng"], Titles());
        await using (var db = await Factory.CreateDbContextAsync(Cancellation))
        {
            Assert.Equal(
                [.. before, "Văn nghệ chào mừng"],
                await db.AgendaItems.Where(i => i.ConferenceId == ConferenceId).OrderBy(i => i.Position).Select(i => i.Title).ToListAsync(Cancellation));
        }

        Page.Find("[data-testid=agenda-form]").Submit();

        Page.WaitForAssertion(() => Assert.Equal([.. before, "Văn nghệ chào mừng", "Tham luận của Sở Y tế"], Titles()), Timeout);
        Assert.Empty(Page.FindAll("[data-testid=alert]"));
    }

    /// <summary>Another secretariat account adds an item at the end of the agenda, as its own page would.</summary>
    private async Task AddAgendaItemAsAsync(Actor editor, string title)
    {
        var version = (await Services.GetRequiredService<ConferenceQueries>().LoadAsync(ConferenceId, Cancellation))!.Versions.Agenda;
        Assert.IsType<ConferenceOutcome.Saved>(await Services.GetRequiredService<ConferenceService>().SaveAgendaItemAsync(
            new Caller(editor.UserId), ConferenceId, version, null, new AgendaDraft(title, null, "Nhà văn hóa", 10), Cancellation));
    }

    private IReadOnlyList<IElement> ChecklistRows() => Page.FindAll("[data-testid=checklist-row]");

    private bool IsTicked(string text) =>
        ChecklistRows().Single(r => r.TextContent.Contains(text, StringComparison.Ordinal)).QuerySelector("input[type=checkbox]")!.HasAttribute("checked");

}
