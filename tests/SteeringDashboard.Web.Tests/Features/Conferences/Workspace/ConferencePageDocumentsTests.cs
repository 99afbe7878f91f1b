using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Features.Conferences.Workspace;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Conferences.Workspace;

/// <summary>The documents attached to the agenda's items: listed, attached, refused and removed.</summary>
public sealed class ConferencePageDocumentsTests : ConferencePageTestBase
{
    [Fact]
    public async Task ACommitteeMemberSeesEachItemsDocumentsAsDownloadLinksWithTheirSizeAndNoUploadControl()
    {
        using var culture = CultureScope.Use("vi-VN");
        var (itemId, documentIds) = await AddDocumentsToFirstItemAsync(("bài phát biểu khai mạc.pdf", 1500), ("sơ đồ hội trường.png", 3 * 1024 * 1024));
        await this.SignInNewAccountAsync(SteeringRole.CommitteeMember);
        RenderPage();

        var row = Page.Find($"[data-agenda-id='{itemId}']");
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
        Assert.All(Page.FindAll("[data-testid=agenda-row]").Skip(1), other => Assert.Equal("Chưa có", other.QuerySelector("[data-testid=agenda-documents]")!.TextContent.Trim()));
        Assert.Empty(Page.FindAll("[data-testid=agenda-attach], [data-testid=agenda-attach-button], [data-testid=agenda-document-remove], input[type=file]"));
    }

    [Fact]
    public async Task TheSecretariatHasAnAttachButtonPerItemAndRemovesADocumentAfterConfirming()
    {
        using var culture = CultureScope.Use("en-US");
        var (itemId, documentIds) = await AddDocumentsToFirstItemAsync(("speech.pdf", 1500), ("hall.png", 2048));
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();
        var title = Page.Find($"[data-agenda-id='{itemId}'] th").TextContent.Trim();

        Assert.Equal(Titles().Count, Page.FindAll("button[data-testid=agenda-attach-button]").Count);
        Assert.Equal($"Attach files to “{title}”", Page.Find($"#agenda-attach-{itemId}").GetAttribute("aria-label"));
        var remove = Page.Find($"#agenda-document-remove-{documentIds[0]}");
        Assert.Equal("Remove document “speech.pdf”", remove.GetAttribute("aria-label"));

        remove.Click();
        var confirmation = Page.Find("[data-testid=agenda-document-confirmation]");
        Assert.Equal(("group", "Remove document “speech.pdf”"), (confirmation.GetAttribute("role"), confirmation.GetAttribute("aria-label")));
        Page.WaitForAssertion(() => Assert.Equal($"agenda-document-confirm-{documentIds[0]}", Module.VerifyInvoke("focusElement").Arguments[0]), Timeout);
        await using (var db = await Factory.CreateDbContextAsync(Cancellation))
        {
            Assert.Equal(2, await db.AgendaDocuments.CountAsync(Cancellation));
        }

        Page.Find("button[data-testid=agenda-document-confirm]").Click();

        Page.WaitForAssertion(() => Assert.Equal(["hall.png"], Page.FindAll("a[data-testid=agenda-document-link]").Select(a => a.TextContent.Trim())), Timeout);
        Assert.Equal($"“speech.pdf” removed from “{title}”.", Page.Find("[data-testid=agenda-announcement]").TextContent.Trim());
        await using var after = await Factory.CreateDbContextAsync(Cancellation);
        Assert.Equal([documentIds[1]], await after.AgendaDocuments.Select(d => d.Id).ToListAsync(Cancellation));
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsNamedInVietnameseAndNothingIsAttached()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();
        var versions = (await Services.GetRequiredService<ConferenceQueries>().LoadAsync(ConferenceId, Cancellation))!.Versions;
        var tooLarge = new byte[Services.GetRequiredService<FileStore>().MaxBytes + 1];

        Page.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromBinary(tooLarge, "bản đồ.pdf"));

        Page.WaitForAssertion(() => Assert.Equal("bản đồ.pdf: Tệp lớn hơn 10 MB.", Page.Find("[data-testid=agenda-document-errors]").TextContent.Trim()), Timeout);
        Assert.Equal("alert", Page.Find("[data-testid=agenda-document-errors]").GetAttribute("role"));
        var stored = (await Services.GetRequiredService<ConferenceQueries>().LoadAsync(ConferenceId, Cancellation))!;
        Assert.Equal(versions, stored.Versions);
        Assert.All(stored.Agenda, item => Assert.Empty(item.Documents));
    }

    [Fact]
    public async Task ChosenFilesAreAttachedToTheItem()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();

        Page.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromBinary(Pdf(3000), "speech.pdf"), InputFileContent.CreateFromBinary(Pdf(200_000), "annex.pdf"));

        Page.WaitForAssertion(() => Assert.Equal(["speech.pdf", "annex.pdf"], Page.FindAll("a[data-testid=agenda-document-link]").Select(a => a.TextContent.Trim())), Timeout);
        var stored = (await Services.GetRequiredService<ConferenceQueries>().LoadAsync(ConferenceId, Cancellation))!;
        Assert.Equal(2, stored.Agenda[0].Documents.Count);
    }

    [Fact]
    public async Task FilesAddingUpToMoreThanTheTotalForOneChoiceAreRefusedAtOnceNamingItAndNothingIsAttached()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        RenderPage();
        var versions = (await Services.GetRequiredService<ConferenceQueries>().LoadAsync(ConferenceId, Cancellation))!.Versions;
        var store = Services.GetRequiredService<FileStore>();
        var each = (int)(store.MaxTotalBytes / 4) + 1;

        Page.FindComponents<InputFile>()[0].UploadFiles([.. Enumerable.Range(1, 4).Select(n => InputFileContent.CreateFromBinary(Pdf(each), $"phụ lục {n}.pdf"))]);

        Page.WaitForAssertion(() => Assert.Equal(
            "Các tệp đã chọn cộng lại lớn hơn 30 MB: hãy đính kèm thành nhiều lần.", Page.Find("[data-testid=agenda-document-errors]").TextContent.Trim()), Timeout);
        var stored = (await Services.GetRequiredService<ConferenceQueries>().LoadAsync(ConferenceId, Cancellation))!;
        Assert.Equal(versions, stored.Versions);
        Assert.All(stored.Agenda, item => Assert.Empty(item.Documents));
    }

    private static byte[] Pdf(int length)
    {
        var bytes = new byte[length];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>Adds document rows (no stored file: the page lists them, it does not open them) to the conference's first agenda item.</summary>
    private async Task<(int ItemId, IReadOnlyList<long> DocumentIds)> AddDocumentsToFirstItemAsync(params (string Name, long Size)[] files)
    {
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var itemId = await db.AgendaItems.Where(i => i.ConferenceId == ConferenceId && i.Position == 1).Select(i => i.Id).SingleAsync(Cancellation);
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
}
