using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Features.Conferences;
using SteeringDashboard.Web.Features.Conferences.Workspace;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Conferences.Workspace;

/// <summary>The demo mid-year conference's workspace, on a database of its own.</summary>
public sealed class ConferencePageTests : BunitContext, IAsyncLifetime
{
    private const string ModulePath = "./Features/Conferences/Workspace/AgendaSection.razor.js";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly TemporaryDatabase _database = new();
    private IRenderedComponent<ConferencePage> _page = default!;
    private BunitJSModuleInterop _module = default!;
    private int _conferenceId;

    private static CancellationToken Cancellation => Xunit.TestContext.Current.CancellationToken;

    private IDbContextFactory<SteeringDbContext> Factory => Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>();

    public async ValueTask InitializeAsync()
    {
        this.AddSteeringDefaults();
        _module = JSInterop.SetupModule(ModulePath);
        _module.SetupVoid("enableAgendaDrag", _ => true).SetVoidResult();
        _module.SetupVoid("focusElement", _ => true).SetVoidResult();
        _module.SetupVoid("dispose").SetVoidResult();
        await this.UseSteeringDatabaseAsync(_database, new SeedOptions());
        _conferenceId = Assert.Single(await Services.GetRequiredService<ConferenceQueries>().ListAsync(Cancellation)).Id;
    }

    [Fact]
    public async Task TheSecretariatAddsAnAgendaItemAndTheRunningTotalGrows()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();
        var before = Titles();
        Assert.Equal("Total time: 2 h 00 min", _page.Find("[data-testid=agenda-total]").TextContent.Trim());

        _page.Find("input[data-testid=agenda-title]").Change("Tham luận của Sở Y tế");
        _page.Find("input[data-testid=agenda-person]").Change("Giám đốc Sở Y tế");
        _page.Find("input[data-testid=agenda-duration]").Change("15");
        _page.Find("[data-testid=agenda-form]").Submit();

        _page.WaitForAssertion(() => Assert.Equal([.. before, "Tham luận của Sở Y tế"], Titles()), Timeout);
        Assert.Equal("Total time: 2 h 15 min", _page.Find("[data-testid=agenda-total]").TextContent.Trim());
        Assert.Equal("2 h 15 min", _page.FindAll("[data-testid=agenda-ends]")[^1].TextContent.Trim());
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var stored = await db.AgendaItems.Where(i => i.ConferenceId == _conferenceId).OrderBy(i => i.Position).ToListAsync(Cancellation);
        Assert.Equal(("Giám đốc Sở Y tế", 15, stored.Count), (stored[^1].PresenterName, stored[^1].DurationMinutes, stored[^1].Position));
    }

    [Fact]
    public async Task MovingAnItemDownByKeyboardAnnouncesItKeepsTheTotalAndKeepsFocusOnIt()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();
        var before = Titles();
        var first = _page.FindAll("[data-testid=agenda-row]")[0].GetAttribute("data-agenda-id");
        var down = _page.FindAll("button[data-testid=agenda-down]")[0];
        Assert.Equal($"Move “{before[0]}” down", down.GetAttribute("aria-label"));

        down.Click();

        _page.WaitForAssertion(() => Assert.Equal([before[1], before[0], .. before[2..]], Titles()), Timeout);
        Assert.Equal(
            $"“{before[0]}” is now item 2 of {before.Count}. Total time: 2 h 00 min.",
            _page.Find("[data-testid=agenda-announcement]").TextContent.Trim());
        Assert.Equal("polite", _page.Find("[data-testid=agenda-announcement]").GetAttribute("aria-live"));
        Assert.Equal("Total time: 2 h 00 min", _page.Find("[data-testid=agenda-total]").TextContent.Trim());
        _page.WaitForAssertion(() => Assert.Equal($"agenda-down-{first}", _module.VerifyInvoke("focusElement").Arguments[0]), Timeout);
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        Assert.Equal(
            Enumerable.Range(1, before.Count),
            await db.AgendaItems.Where(i => i.ConferenceId == _conferenceId).OrderBy(i => i.Position).Select(i => i.Position).ToListAsync(Cancellation));
    }

    [Fact]
    public async Task MovingTheSecondItemUpToTheTopKeepsFocusOnItsMoveDownButton()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();
        var second = _page.FindAll("[data-testid=agenda-row]")[1].GetAttribute("data-agenda-id");

        _page.FindAll("button[data-testid=agenda-up]")[1].Click();

        _page.WaitForAssertion(() => Assert.Equal(second, _page.FindAll("[data-testid=agenda-row]")[0].GetAttribute("data-agenda-id")), Timeout);
        Assert.True(_page.FindAll("button[data-testid=agenda-up]")[0].HasAttribute("disabled"));
        _page.WaitForAssertion(() => Assert.Equal($"agenda-down-{second}", _module.VerifyInvoke("focusElement").Arguments[0]), Timeout);
    }

    [Fact]
    public async Task AnInvalidRecordShowsTheErrorBesideItsFieldInVietnameseAndChangesNothing()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();

        _page.Find("input[data-testid=record-title]").Change("   ");
        _page.Find("input[data-testid=record-cutoff]").Change("31/12/2017");
        _page.Find("[data-testid=record-form]").Submit();

        _page.WaitForAssertion(() => Assert.Contains("Nhập tên hội nghị.", _page.Find("[data-testid=record-form]").TextContent), Timeout);
        Assert.Contains("Ngày chốt số liệu phải nằm trong hoặc sau kỳ sơ kết.", _page.Find("[data-testid=record-form]").TextContent);
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
        Assert.Equal("15/06/2018", _page.Find("input[data-testid=record-cutoff]").GetAttribute("value"));

        _page.Find("input[data-testid=record-date]").Change("18/07/2018");
        await _page.Find("[data-testid=record-form]").SubmitAsync();
        _page.Find("input[data-testid=checklist-text]").Change("Gửi giấy mời đại biểu");
        _page.Find("input[data-testid=checklist-owner]").Change("Văn phòng Ban Chỉ đạo");
        _page.Find("input[data-testid=checklist-due]").Change("05/07/2018");
        await _page.Find("[data-testid=checklist-form]").SubmitAsync();

        _page.WaitForAssertion(() => Assert.Contains("05/07/2018", _page.Find("[data-testid=checklist]").TextContent), Timeout);
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
        Assert.Contains("15/06/2018", _page.Find("[data-testid=record]").TextContent);
        Assert.Contains("Từ 01/01/2018 đến 30/06/2018", _page.Find("[data-testid=record]").TextContent);
        Assert.NotNull(_page.Find("[data-testid=read-only]"));
        Assert.NotNull(_page.Find("[data-testid=demo-notice]"));
        Assert.Empty(_page.FindAll("form"));
        Assert.Empty(_page.FindAll("[data-testid=agenda-up], [data-testid=agenda-down], [data-testid=agenda-remove], [data-testid=checklist-done]"));
        Assert.All(_page.FindAll("[data-testid=agenda-row]"), row => Assert.Equal("false", row.GetAttribute("draggable")));
        Assert.Empty(_module.Invocations);
        Assert.Equal(
            [($"/conference/{_conferenceId}/review", "Báo cáo sơ kết và bộ tài liệu đã chốt"), ($"/conference/{_conferenceId}/commendations", "Khen thưởng")],
            _page.FindAll("[data-testid=workspace-links] a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())));
    }

    [Fact]
    public async Task ACommitteeMembersOpenPageShowsAnAgendaItemTheSecretariatJustAdded()
    {
        using var culture = CultureScope.Use("en-US");
        var secretariat = await TestAccounts.CreateAsync(Factory, SteeringRole.Secretariat);
        await this.SignInNewAccountAsync(SteeringRole.CommitteeMember);
        RenderPage();
        var version = (await Services.GetRequiredService<ConferenceQueries>().LoadAsync(_conferenceId, Cancellation))!.Versions.Agenda;

        Assert.IsType<ConferenceOutcome.Saved>(await Services.GetRequiredService<ConferenceService>().SaveAgendaItemAsync(
            new Caller(secretariat.UserId), _conferenceId, version, null, new AgendaDraft("Văn nghệ chào mừng", null, "Nhà văn hóa", 10), Cancellation));

        _page.WaitForAssertion(() => Assert.Equal("Văn nghệ chào mừng", Titles()[^1]), Timeout);
        Assert.Equal("Total time: 2 h 10 min", _page.Find("[data-testid=agenda-total]").TextContent.Trim());
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
        var version = (await Services.GetRequiredService<ConferenceQueries>().LoadAsync(_conferenceId, Cancellation))!.Versions.Agenda;

        using (CultureScope.Use(writer))
        {
            Assert.IsType<ConferenceOutcome.Saved>(await Services.GetRequiredService<ConferenceService>().SaveAgendaItemAsync(
                new Caller(secretariat.UserId), _conferenceId, version, null, new AgendaDraft("Văn nghệ chào mừng", null, "Nhà văn hóa", 10), Cancellation));
        }

        _page.WaitForAssertion(() => Assert.Equal("Văn nghệ chào mừng", Titles()[^1]), Timeout);
        Assert.Equal(total, _page.Find("[data-testid=agenda-total]").TextContent.Trim());
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

        _page.WaitForAssertion(() => Assert.True(IsTicked("Gửi giấy mời các đơn vị và đại biểu")), Timeout);
        Assert.Empty(_page.FindAll("[data-testid=alert]"));
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

        _page.Find("input[data-testid=agenda-title]").Change("Tham luận của Sở Y tế");
        _page.Find("input[data-testid=agenda-person]").Change("Giám đốc Sở Y tế");
        _page.Find("input[data-testid=agenda-duration]").Change("15");
        _page.Find("[data-testid=agenda-form]").Submit();

        _page.WaitForAssertion(() => Assert.Equal(
            "Someone else changed this conference while you were editing it. Nothing was saved; the page now shows the latest version.",
            _page.Find("[data-testid=alert]").TextContent.Trim()), Timeout);
        Assert.Equal([.. before, "Văn nghệ chào mừng"], Titles());
        await using (var db = await Factory.CreateDbContextAsync(Cancellation))
        {
            Assert.Equal(
                [.. before, "Văn nghệ chào mừng"],
                await db.AgendaItems.Where(i => i.ConferenceId == _conferenceId).OrderBy(i => i.Position).Select(i => i.Title).ToListAsync(Cancellation));
        }

        _page.Find("[data-testid=agenda-form]").Submit();

        _page.WaitForAssertion(() => Assert.Equal([.. before, "Văn nghệ chào mừng", "Tham luận của Sở Y tế"], Titles()), Timeout);
        Assert.Empty(_page.FindAll("[data-testid=alert]"));
    }

    [Fact]
    public async Task ACommitteeMemberSeesEachItemsDocumentsAsDownloadLinksWithTheirSizeAndNoUploadControl()
    {
        using var culture = CultureScope.Use("vi-VN");
        var (itemId, documentIds) = await AddDocumentsToFirstItemAsync(("bài phát biểu khai mạc.pdf", 1500), ("sơ đồ hội trường.png", 3 * 1024 * 1024));
        await this.SignInNewAccountAsync(SteeringRole.CommitteeMember);
        RenderPage();

        var row = _page.Find($"[data-agenda-id='{itemId}']");
        Assert.Equal(
            [
                (AgendaDocumentDownload.Route.PathOf(documentIds[0]), "bài phát biểu khai mạc.pdf", "bài phát biểu khai mạc.pdf (2 KB)"),
                (AgendaDocumentDownload.Route.PathOf(documentIds[1]), "sơ đồ hội trường.png", "sơ đồ hội trường.png (3 MB)"),
            ],
            row.QuerySelectorAll("[data-testid=agenda-document]").Select(li =>
            {
                var link = li.QuerySelector("a[data-testid=agenda-document-link]")!;
                return (link.GetAttribute("href"), link.GetAttribute("download"), string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            }));
        Assert.Equal("Tài liệu của “" + row.QuerySelector("th")!.TextContent.Trim() + "”", row.QuerySelector("ul")!.GetAttribute("aria-label"));
        Assert.All(_page.FindAll("[data-testid=agenda-row]").Skip(1), other => Assert.Equal("Chưa có", other.QuerySelector("[data-testid=agenda-documents]")!.TextContent.Trim()));
        Assert.Empty(_page.FindAll("[data-testid=agenda-attach], [data-testid=agenda-attach-button], [data-testid=agenda-document-remove], input[type=file]"));
    }

    [Fact]
    public async Task TheSecretariatHasAnAttachButtonPerItemAndRemovesADocumentAfterConfirming()
    {
        using var culture = CultureScope.Use("en-US");
        var (itemId, documentIds) = await AddDocumentsToFirstItemAsync(("speech.pdf", 1500), ("hall.png", 2048));
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();
        var title = _page.Find($"[data-agenda-id='{itemId}'] th").TextContent.Trim();

        Assert.Equal(Titles().Count, _page.FindAll("button[data-testid=agenda-attach-button]").Count);
        Assert.Equal($"Attach files to “{title}”", _page.Find($"#agenda-attach-{itemId}").GetAttribute("aria-label"));
        var remove = _page.Find($"#agenda-document-remove-{documentIds[0]}");
        Assert.Equal("Remove document “speech.pdf”", remove.GetAttribute("aria-label"));

        remove.Click();
        var confirmation = _page.Find("[data-testid=agenda-document-confirmation]");
        Assert.Equal(("group", "Remove document “speech.pdf”"), (confirmation.GetAttribute("role"), confirmation.GetAttribute("aria-label")));
        _page.WaitForAssertion(() => Assert.Equal($"agenda-document-confirm-{documentIds[0]}", _module.VerifyInvoke("focusElement").Arguments[0]), Timeout);
        await using (var db = await Factory.CreateDbContextAsync(Cancellation))
        {
            Assert.Equal(2, await db.AgendaDocuments.CountAsync(Cancellation));
        }

        _page.Find("button[data-testid=agenda-document-confirm]").Click();

        _page.WaitForAssertion(() => Assert.Equal(["hall.png"], _page.FindAll("a[data-testid=agenda-document-link]").Select(a => a.TextContent.Trim())), Timeout);
        Assert.Equal($"“speech.pdf” removed from “{title}”.", _page.Find("[data-testid=agenda-announcement]").TextContent.Trim());
        await using var after = await Factory.CreateDbContextAsync(Cancellation);
        Assert.Equal([documentIds[1]], await after.AgendaDocuments.Select(d => d.Id).ToListAsync(Cancellation));
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsNamedInVietnameseAndNothingIsAttached()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();
        var versions = (await Services.GetRequiredService<ConferenceQueries>().LoadAsync(_conferenceId, Cancellation))!.Versions;
        var tooLarge = new byte[Services.GetRequiredService<FileStore>().MaxBytes + 1];

        _page.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromBinary(tooLarge, "bản đồ.pdf"));

        _page.WaitForAssertion(() => Assert.Equal("bản đồ.pdf: Tệp lớn hơn 10 MB.", _page.Find("[data-testid=agenda-document-errors]").TextContent.Trim()), Timeout);
        Assert.Equal("alert", _page.Find("[data-testid=agenda-document-errors]").GetAttribute("role"));
        var stored = (await Services.GetRequiredService<ConferenceQueries>().LoadAsync(_conferenceId, Cancellation))!;
        Assert.Equal(versions, stored.Versions);
        Assert.All(stored.Agenda, item => Assert.Empty(item.Documents));
    }

    [Fact]
    public async Task ChosenFilesAreAttachedToTheItem()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();

        _page.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromBinary(Pdf(3000), "speech.pdf"), InputFileContent.CreateFromBinary(Pdf(200_000), "annex.pdf"));

        _page.WaitForAssertion(() => Assert.Equal(["speech.pdf", "annex.pdf"], _page.FindAll("a[data-testid=agenda-document-link]").Select(a => a.TextContent.Trim())), Timeout);
        var stored = (await Services.GetRequiredService<ConferenceQueries>().LoadAsync(_conferenceId, Cancellation))!;
        Assert.Equal(2, stored.Agenda[0].Documents.Count);
    }

    [Fact]
    public async Task FilesAddingUpToMoreThanTheTotalForOneChoiceAreRefusedAtOnceNamingItAndNothingIsAttached()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();
        var versions = (await Services.GetRequiredService<ConferenceQueries>().LoadAsync(_conferenceId, Cancellation))!.Versions;
        var store = Services.GetRequiredService<FileStore>();
        var each = (int)(store.MaxTotalBytes / 4) + 1;

        _page.FindComponents<InputFile>()[0].UploadFiles([.. Enumerable.Range(1, 4).Select(n => InputFileContent.CreateFromBinary(Pdf(each), $"phụ lục {n}.pdf"))]);

        _page.WaitForAssertion(() => Assert.Equal(
            "Các tệp đã chọn cộng lại lớn hơn 30 MB: hãy đính kèm thành nhiều lần.", _page.Find("[data-testid=agenda-document-errors]").TextContent.Trim()), Timeout);
        var stored = (await Services.GetRequiredService<ConferenceQueries>().LoadAsync(_conferenceId, Cancellation))!;
        Assert.Equal(versions, stored.Versions);
        Assert.All(stored.Agenda, item => Assert.Empty(item.Documents));
    }

    private static byte[] Pdf(int length)
    {
        var bytes = new byte[length];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        _database.Dispose();
    }

    private void RenderPage()
    {
        Render<MudPopoverProvider>();
        _page = Render<ConferencePage>(p => p.Add(c => c.Id, _conferenceId));
        _page.WaitForElement("[data-testid=agenda]", Timeout);
    }

    /// <summary>Adds document rows (no stored file: the page lists them, it does not open them) to the conference's first agenda item.</summary>
    private async Task<(int ItemId, IReadOnlyList<long> DocumentIds)> AddDocumentsToFirstItemAsync(params (string Name, long Size)[] files)
    {
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var itemId = await db.AgendaItems.Where(i => i.ConferenceId == _conferenceId && i.Position == 1).Select(i => i.Id).SingleAsync(Cancellation);
        var documents = files.Select(f => new AgendaDocument
        {
            AgendaItemId = itemId,
            FileName = f.Name,
            ContentType = f.Name.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "application/pdf",
            SizeBytes = f.Size,
            StoredName = $"{Guid.NewGuid():N}{Path.GetExtension(f.Name)}",
            UploadedBy = "Thư ký",
        }).ToList();
        db.AgendaDocuments.AddRange(documents);
        await db.SaveChangesAsync(Cancellation);
        return (itemId, [.. documents.Select(d => d.Id)]);
    }

    /// <summary>Another secretariat account adds an item at the end of the agenda, as its own page would.</summary>
    private async Task AddAgendaItemAsAsync(Actor editor, string title)
    {
        var version = (await Services.GetRequiredService<ConferenceQueries>().LoadAsync(_conferenceId, Cancellation))!.Versions.Agenda;
        Assert.IsType<ConferenceOutcome.Saved>(await Services.GetRequiredService<ConferenceService>().SaveAgendaItemAsync(
            new Caller(editor.UserId), _conferenceId, version, null, new AgendaDraft(title, null, "Nhà văn hóa", 10), Cancellation));
    }

    private IReadOnlyList<IElement> ChecklistRows() => _page.FindAll("[data-testid=checklist-row]");

    private bool IsTicked(string text) =>
        ChecklistRows().Single(r => r.TextContent.Contains(text, StringComparison.Ordinal)).QuerySelector("input[type=checkbox]")!.HasAttribute("checked");

    private List<string> Titles() =>
        [.. _page.FindAll("[data-testid=agenda-row] th").Select(th => th.TextContent.Trim())];
}
