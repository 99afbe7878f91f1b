using System.Text.RegularExpressions;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Features.Conferences;
using SteeringDashboard.Web.Features.Conferences.Pack;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Conferences.Pack;

/// <summary>
/// The printed pack of a first-half conference (10/07/2018) on the demo plan, with two agenda items (45 and 50 minutes, the first
/// with two attached documents) and three nominations: two approved (read in the order 2, 1 of their insertion) and one still
/// proposed.
/// </summary>
public sealed class PackPrintPageTests : DatabasePageContext, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private int _conferenceId;
    private bool _popoverRendered;

    public async ValueTask InitializeAsync()
    {
        await UseDatabaseAsync(new SeedOptions());
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        _conferenceId = await ConferenceScenario.AddToSeededPlanAsync(Factory, date: new DateOnly(2018, 7, 10));

        var unitId = await db.Units.Where(u => u.NameEn == "Ba Vi District").Select(u => u.Id).SingleAsync(Cancellation);
        var report = new AgendaItem { ConferenceId = _conferenceId, Position = 1, Title = "Báo cáo sơ kết", PresenterName = "Thường trực Ban chỉ đạo", DurationMinutes = 45 };
        db.AgendaItems.AddRange(
            report,
            new AgendaItem { ConferenceId = _conferenceId, Position = 2, Title = "Thảo luận", PresenterName = "Các đại biểu", DurationMinutes = 50 });
        db.AgendaDocuments.AddRange(
            AgendaFile(report, "bao-cao-so-ket.pdf"),
            AgendaFile(report, "phu-luc-so-lieu.pdf"));
        db.Commendations.AddRange(
            Nomination("Công an huyện Ba Vì", unitId, CommendationState.Approved, readingOrder: 2),
            Nomination("Nguyễn Văn An", unitId, CommendationState.Approved, readingOrder: 1),
            Nomination("Trần Thị Bình", unitId, CommendationState.Proposed, readingOrder: null));
        await db.SaveChangesAsync(Cancellation);
    }

    private static AgendaDocument AgendaFile(AgendaItem item, string name) => new()
    {
        AgendaItem = item,
        FileName = name,
        ContentType = "application/pdf",
        SizeBytes = 2048,
        StoredName = Guid.NewGuid().ToString("N"),
        UploadedBy = "test",
    };

    [Fact]
    public async Task TheLivePackHasTheAdministrativeHeadingTheAgendaTotalAndTheApprovedListInReadingOrder()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.CommitteeMember);
        var page = RenderPage();

        Assert.Equal("UBND THÀNH PHỐ HÀ NỘI", page.Find("[data-testid='heading-superior']").TextContent.Trim());
        Assert.Equal("BAN CHỈ ĐẠO 138/TP", page.Find("[data-testid='heading-issuer']").TextContent.Trim());
        Assert.Equal("Số:       /BC-BCĐ138", page.Find("[data-testid='document-number']").TextContent.Trim());
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", page.Find("[data-testid='heading-nation']").TextContent.Trim());
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", page.Markup);
        Assert.Equal("Hà Nội, ngày 10 tháng 7 năm 2018", page.Find("[data-testid='document-date']").TextContent.Trim());
        Assert.Contains("Số liệu trực tiếp", page.Find("[data-testid='pack-version']").TextContent);
        Assert.Equal("1 giờ 35 phút", page.Find("[data-testid='agenda-total']").TextContent.Trim());
        Assert.Equal("Tài liệu: bao-cao-so-ket.pdf; phu-luc-so-lieu.pdf", Assert.Single(page.FindAll("[data-testid='agenda-documents']")).TextContent.Trim());
        Assert.Equal(
            ["Nguyễn Văn An", "Công an huyện Ba Vì"],
            page.FindAll("[data-testid='commendation-row'] th").Select(th => th.TextContent.Trim()));
        Assert.DoesNotContain("Trần Thị Bình", page.Markup);

        // The only button is the print control, which the print styles hide on paper.
        var button = Assert.Single(page.FindAll("button"));
        Assert.Equal("print", button.GetAttribute("data-testid"));
        Assert.NotNull(button.Closest("[data-testid='print-controls']"));
        Assert.Empty(page.Find("[data-testid='pack-document']").QuerySelectorAll("button, input, textarea, select"));
    }

    [Fact]
    public async Task ThePackEndsWithItsRecipientsAndTheSignatureBlockAndSaysOnceWhenAProgrammeHasNoTasks()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.CommitteeMember);
        var page = RenderPage();

        var recipients = page.Find("[data-testid='recipients']");
        Assert.Equal("Nơi nhận:", recipients.QuerySelector("p")!.TextContent.Trim());
        Assert.Equal(
            ["Thường trực Thành ủy, HĐND, UBND thành phố (để báo cáo);", "Các thành viên Ban Chỉ đạo 138/TP;", "UBND các quận, huyện, thị xã;", "Lưu: VT, CQTT."],
            recipients.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
        Assert.Equal(["TM. Ban Chỉ đạo", "Trưởng ban"], page.FindAll("[data-testid='signature'] p.signature-strong").Select(p => p.TextContent.Trim()));

        // The demo plan's tasks all belong to the human-trafficking programme: the other two say so once, without a table of zero
        // counts (their key figures are still shown).
        var programmes = page.FindAll("section.pack-programme");
        var empty = programmes.Where(p => p.QuerySelector("[data-testid='programme-no-tasks']") is not null).ToList();
        Assert.Equal(2, empty.Count);
        Assert.All(empty, p =>
        {
            Assert.Equal("Chương trình này không có nhiệm vụ nào tính đến ngày 30/06/2018.", p.QuerySelector("[data-testid='programme-no-tasks']")!.TextContent.Trim());
            Assert.Null(p.QuerySelector("[data-testid='programme-counts']"));
        });
        Assert.Single(programmes, p => p.QuerySelector("[data-testid='programme-counts']") is not null);
    }

    [Theory]
    [InlineData(null, "Phiên bản chốt số 2,")]
    [InlineData(1, "Phiên bản chốt số 1,")]
    public async Task TheLatestFrozenVersionIsPrintedUnlessAnotherIsAskedFor(int? version, string expected)
    {
        using var culture = CultureScope.Use("vi-VN");
        await FreezeTwiceAsync();

        var page = RenderPage(version);

        Assert.StartsWith(expected, page.Find("[data-testid='pack-version']").TextContent.Trim());
        Assert.Equal("1 giờ 35 phút", page.Find("[data-testid='agenda-total']").TextContent.Trim());
    }

    [Fact]
    public async Task AFrozenVersionPrintsTheAgendaAndCommendationsItWasFrozenWithWhateverChangesAfterwards()
    {
        using var culture = CultureScope.Use("vi-VN");
        await FreezeTwiceAsync();
        await using (var db = await Factory.CreateDbContextAsync(Cancellation))
        {
            await db.AgendaItems.Where(i => i.ConferenceId == _conferenceId && i.Position == 1)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.DurationMinutes, 60), Cancellation);
            await db.Commendations.Where(c => c.NomineeName == "Trần Thị Bình")
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, CommendationState.Approved).SetProperty(c => c.ReadingOrder, 3), Cancellation);
        }

        var frozen = RenderPage(version: 1);

        Assert.Equal("1 giờ 35 phút", frozen.Find("[data-testid='agenda-total']").TextContent.Trim());
        Assert.Equal(
            ["Nguyễn Văn An", "Công an huyện Ba Vì"],
            frozen.FindAll("[data-testid='commendation-row'] th").Select(th => th.TextContent.Trim()));
        Assert.Empty(frozen.FindAll("[data-testid='live-papers']"));
    }

    [Fact]
    public async Task AVersionFrozenBeforeThePackKeptItsAgendaSaysItShowsTheAgendaAsItStandsNow()
    {
        using var culture = CultureScope.Use("vi-VN");
        await FreezeTwiceAsync();
        await using (var db = await Factory.CreateDbContextAsync(Cancellation))
        {
            await db.PackVersions.Where(v => v.ConferenceId == _conferenceId && v.Number == 1)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.PapersJson, (string?)null), Cancellation);
            await db.AgendaItems.Where(i => i.ConferenceId == _conferenceId && i.Position == 1)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.DurationMinutes, 60), Cancellation);
        }

        var older = RenderPage(version: 1);

        Assert.Equal("1 giờ 50 phút", older.Find("[data-testid='agenda-total']").TextContent.Trim());
        Assert.Contains("theo dữ liệu hiện tại", older.Find("[data-testid='live-papers']").TextContent);
    }

    [Fact]
    public async Task TheCommitteesVersionFrozenByTheSecretariatPrintsTheSameForTheSecretariatAndACommitteeMemberAndNamesItsAudience()
    {
        using var culture = CultureScope.Use("vi-VN");
        await SetBaViVictimsAsync();
        await FreezeTwiceAsync();

        var secretariatCopy = Document(RenderPage(version: 1));
        await this.SignInNewAccountAsync(SteeringRole.CommitteeMember);
        var memberPage = RenderPage(version: 1);

        Assert.Equal(secretariatCopy, Document(memberPage));
        Assert.Equal("Tài liệu phục vụ các thành viên Ban Chỉ đạo — số liệu đầy đủ, không phát hành rộng rãi.", memberPage.Find("[data-testid='pack-audience']").TextContent.Trim());
        Assert.Equal("3", BaViVictims(memberPage));
        Assert.Empty(memberPage.FindAll("[data-testid=hidden-figures-note]"));
    }

    [Fact]
    public async Task TheVersionForWiderDistributionHidesSmallFiguresFromEveryReaderAlikeAndSaysSo()
    {
        using var culture = CultureScope.Use("vi-VN");
        await SetBaViVictimsAsync();
        await FreezeTwiceAsync();
        await this.SignInNewAccountAsync(SteeringRole.CommitteeMember);

        var page = RenderPage(version: 2);

        Assert.Equal("Tài liệu phát hành rộng rãi — số nạn nhân nhỏ được ẩn để bảo vệ nạn nhân.", page.Find("[data-testid='pack-audience']").TextContent.Trim());
        Assert.Equal("< 5", BaViVictims(page));
        Assert.NotNull(page.Find("[data-testid=hidden-figures-note]"));
    }

    [Fact]
    public async Task AReporterIsRefusedTheCommitteesVersionWithTheReasonAndTheRefusalIsAudited()
    {
        using var culture = CultureScope.Use("vi-VN");
        await FreezeTwiceAsync();
        var reporter = await this.SignInNewAccountAsync(SteeringRole.UnitReporter, await BaViAsync());

        var page = RenderPage(version: 1);

        Assert.Equal("Phiên bản này phục vụ Ban Chỉ đạo", page.Find("h1").TextContent.Trim());
        Assert.StartsWith("Phiên bản chốt số 1 là tài liệu phục vụ Ban Chỉ đạo", page.Find("[data-testid='version-refused']").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid='pack-document']"));
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var denial = await db.AuditEntries.SingleAsync(e => e.Event == AuditEvent.AccessDenied, Cancellation);
        Assert.Equal((reporter.UserId, $"conference {_conferenceId} pack version 1"), (denial.UserId, denial.Target));
    }

    [Fact]
    public async Task WithoutAVersionAReporterGetsTheLatestVersionTheyMayOpen()
    {
        using var culture = CultureScope.Use("vi-VN");
        await FreezeTwiceAsync();
        var secretariat = await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        Assert.IsType<FreezeOutcome.Frozen>(await Services.GetRequiredService<PackService>().FreezeAsync(new Caller(secretariat.UserId), _conferenceId, PackAudience.Committee, Cancellation));
        await this.SignInNewAccountAsync(SteeringRole.UnitReporter, await BaViAsync());

        var page = RenderPage();

        Assert.StartsWith("Phiên bản chốt số 2,", page.Find("[data-testid='pack-version']").TextContent.Trim());
    }

    [Fact]
    public async Task AVersionThePackDoesNotHaveIsSaidAndNothingIsPrinted()
    {
        using var culture = CultureScope.Use("vi-VN");
        await FreezeTwiceAsync();

        var page = RenderPage(version: 7);

        Assert.Equal("Tài liệu hội nghị không có phiên bản chốt số 7.", page.Find("[data-testid='version-missing']").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid='pack-document']"));
    }

    /// <summary>The secretariat freezes version 1 for the committee and version 2 for wider distribution, and stays signed in.</summary>
    private async Task FreezeTwiceAsync()
    {
        var secretariat = await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        var packs = Services.GetRequiredService<PackService>();
        Assert.IsType<FreezeOutcome.Frozen>(await packs.FreezeAsync(new Caller(secretariat.UserId), _conferenceId, PackAudience.Committee, Cancellation));
        Assert.IsType<FreezeOutcome.Frozen>(await packs.FreezeAsync(new Caller(secretariat.UserId), _conferenceId, PackAudience.Public, Cancellation));
    }

    /// <summary>Ba Vi's victims received in 2018: 3 in February, nothing in the other months (a figure hidden from the secretariat).</summary>
    private async Task SetBaViVictimsAsync()
    {
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        var baVi = await db.Units.SingleAsync(u => u.NameEn == "Ba Vi District", Cancellation);
        var victims = await db.Indicators.SingleAsync(i => i.Code == "VIC_RECEIVED", Cancellation);
        await db.IndicatorValues.Where(v => v.UnitId == baVi.Id && v.IndicatorId == victims.Id && v.Year == 2018).ExecuteDeleteAsync(Cancellation);
        db.IndicatorValues.Add(new IndicatorValue { UnitId = baVi.Id, IndicatorId = victims.Id, Year = 2018, Month = 2, Value = 3, Version = Guid.NewGuid() });
        await db.SaveChangesAsync(Cancellation);
    }

    /// <summary>Ba Vi's victims received as the district table of the page shows them.</summary>
    private static string BaViVictims(IRenderedComponent<PackPrintPage> page)
    {
        var table = page.FindAll("table").Single(t => t.QuerySelector("caption")?.TextContent.Contains("quận, huyện", StringComparison.Ordinal) == true);
        var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        var row = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Ba Vì");
        return row.Children[headers.IndexOf("Nạn nhân được tiếp nhận")].TextContent.Trim();
    }

    private IRenderedComponent<PackPrintPage> RenderPage(int? version = null)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(version is { } number ? $"/conference/{_conferenceId}/print?version={number}" : $"/conference/{_conferenceId}/print");
        if (!_popoverRendered)
        {
            Render<MudPopoverProvider>();
            _popoverRendered = true;
        }

        var page = Render<PackPrintPage>(p => p.Add(x => x.ConferenceId, _conferenceId));
        page.WaitForState(() => page.FindAll("[data-testid='pack-document'], [data-testid='version-missing'], [data-testid='version-refused']").Count > 0, Timeout);
        return page;
    }

    /// <summary>The printed document's markup, without the renderer's own element references (new ones at every render).</summary>
    private static string Document(IRenderedComponent<PackPrintPage> page) =>
        Regex.Replace(page.Find("[data-testid='pack-document']").OuterHtml, @"\sblazor:elementreference=""[^""]*""", "");

    private async Task<int> BaViAsync()
    {
        await using var db = await Factory.CreateDbContextAsync(Cancellation);
        return await db.Units.Where(u => u.NameEn == "Ba Vi District").Select(u => u.Id).SingleAsync(Cancellation);
    }

    private Commendation Nomination(string nominee, int unitId, CommendationState state, int? readingOrder) => new()
    {
        ConferenceId = _conferenceId,
        NomineeName = nominee,
        NomineeKind = NomineeKind.Individual,
        UnitId = unitId,
        Form = CommendationForm.SteeringCommitteeCertificateOfMerit,
        Achievement = "Thành tích xuất sắc trong phong trào.",
        State = state,
        ReadingOrder = readingOrder,
        ProposedAtUtc = new DateTime(2018, 6, 1, 2, 0, 0, DateTimeKind.Utc),
        ProposedBy = "test",
        UpdatedAtUtc = new DateTime(2018, 6, 1, 2, 0, 0, DateTimeKind.Utc),
        Version = Guid.NewGuid(),
    };
}
