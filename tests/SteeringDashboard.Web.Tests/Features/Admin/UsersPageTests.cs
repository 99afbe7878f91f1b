using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Admin;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Admin;

/// <summary>The users screen against a store seeded with the reference units (no demo data), signed in as an administrator.</summary>
public sealed class UsersPageTests : DatabasePageContext, IAsyncLifetime
{
    private const string GoodPassword = "sông Hồng mùa thu 2018";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private IRenderedComponent<MudDialogProvider> _dialogs = default!;
    private IRenderedComponent<MudPopoverProvider> _popovers = default!;
    private IRenderedComponent<UsersPage> _page = default!;
    private Actor _admin = default!;
    private int _baDinh;

    private UserAdministration Administration => Services.GetRequiredService<UserAdministration>();

    public async ValueTask InitializeAsync()
    {
        Services.AddSteeringIdentityCore();
        await UseDatabaseAsync(new SeedOptions { DemoData = false });
        _admin = await TestAccounts.CreateAsync(Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>(), SteeringRole.Administrator, userName: "admin.one");
        this.SignInAs(_admin);
        await using var db = await Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        _baDinh = await db.Units.Where(u => u.Code == "BA-DINH").Select(u => u.Id).SingleAsync(Cancellation);
    }

    [Fact]
    public async Task ListsTheAccountsWithTheirRoleUnitAndState()
    {
        using var culture = CultureScope.Use("vi-VN");
        await CreateAsync(new NewAccount("reporter.badinh", "Nguyễn Văn An", SteeringRole.UnitReporter, _baDinh, GoodPassword));
        var member = await CreateAsync(new NewAccount("member.one", "Trần Thị Bình", SteeringRole.CommitteeMember, null, GoodPassword));
        Assert.IsType<AccountOutcome.Done>(await Administration.DisableAsync(new Caller(_admin.UserId), member, Cancellation));

        RenderPage();

        Assert.Equal(["admin.one (bạn)", "member.one", "reporter.badinh"], _page.FindAll("tbody th").Select(th => Normalize(th.TextContent)));
        Assert.Equal(("Quản trị viên", "—", "Đang hoạt động"), RowFacts("admin.one"));
        Assert.Equal(("Thành viên Ban Chỉ đạo", "—", "Đã vô hiệu hóa"), RowFacts("member.one"));
        Assert.Equal(("Cán bộ báo cáo đơn vị", "Quận Ba Đình", "Đang hoạt động"), RowFacts("reporter.badinh"));
        Assert.Empty(Row("admin.one").QuerySelectorAll("[data-testid=disable]"));
        Assert.NotNull(Row("member.one").QuerySelector("[data-testid=enable]"));
        Assert.Equal("Vô hiệu hóa reporter.badinh", Row("reporter.badinh").QuerySelector("[data-testid=disable]")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task CreatesAReporterThroughTheDialog()
    {
        using var culture = CultureScope.Use("en-US");
        RenderPage();

        OpenCreateDialog();
        Change("user-name", "reporter.badinh");
        Change("display-name", "Nguyen Van An");
        ChooseRole("Unit reporter");
        ChooseUnit("Ba Dinh District");
        Assert.Equal("Ba Dinh District", Field("unit").TextContent.Trim());
        Change("password", GoodPassword);
        Save();

        _page.WaitForAssertion(() => Assert.Equal(("Unit reporter", "Ba Dinh District", "Active"), RowFacts("reporter.badinh")), Timeout);
        Assert.Empty(_dialogs.FindAll("[data-testid=save]"));
        var created = (await Administration.ListAsync(new Caller(_admin.UserId), Cancellation))!.Single(u => u.UserName == "reporter.badinh");
        Assert.Equal(("Nguyen Van An", (SteeringRole?)SteeringRole.UnitReporter, (int?)_baDinh), (created.DisplayName, created.Role, created.Unit?.Id));
    }

    [Fact]
    public async Task APolicyErrorIsShownBesideItsFieldInVietnameseAndNothingIsStored()
    {
        using var culture = CultureScope.Use("vi-VN");
        RenderPage();

        OpenCreateDialog();
        Change("user-name", "admin.one");
        Change("display-name", "Lê Văn Cường");
        Change("password", "Password1234");
        Save();

        _dialogs.WaitForAssertion(() => Assert.Equal("Mật khẩu này quá phổ biến, dễ bị đoán; vui lòng chọn mật khẩu khác.", ErrorTextOf("password")), Timeout);
        Assert.Equal("Tên đăng nhập này đã được sử dụng.", ErrorTextOf("user-name"));
        Assert.Equal("true", Field("password").GetAttribute("aria-invalid"));
        Assert.NotNull(_dialogs.Find("[data-testid=not-saved]"));
        Assert.Single((await Administration.ListAsync(new Caller(_admin.UserId), Cancellation))!);
    }

    [Fact]
    public async Task AReporterNeedsAUnitAndTheMessageIsBesideTheUnitPicker()
    {
        using var culture = CultureScope.Use("en-US");
        await CreateAsync(new NewAccount("member.one", "Member", SteeringRole.CommitteeMember, null, GoodPassword));
        RenderPage();

        Row("member.one").QuerySelector("[data-testid=change-role]")!.Click();
        _dialogs.WaitForElement("[data-testid=save]", Timeout);
        ChooseRole("Unit reporter");
        Save();

        _dialogs.WaitForAssertion(() => Assert.Equal("Choose the unit this reporter reports for.", ErrorTextOf("unit")), Timeout);
        ChooseUnit("Ba Dinh District");
        Save();

        _page.WaitForAssertion(() => Assert.Equal(("Unit reporter", "Ba Dinh District", "Active"), RowFacts("member.one")), Timeout);
    }

    [Fact]
    public async Task DisablingAsksFirstThenEndsTheAccount()
    {
        using var culture = CultureScope.Use("en-US");
        var member = await CreateAsync(new NewAccount("member.one", "Tran Thi Binh", SteeringRole.CommitteeMember, null, GoodPassword));
        RenderPage();

        Row("member.one").QuerySelector("[data-testid=disable]")!.Click();
        var confirm = _dialogs.WaitForElement(".mud-dialog", Timeout);
        Assert.Contains("Tran Thi Binh will be signed out within a minute", confirm.TextContent, StringComparison.Ordinal);
        _dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Disable").Click();

        _page.WaitForAssertion(() => Assert.Equal("Disabled", RowFacts("member.one").State), Timeout);
        Assert.Null(await Services.GetRequiredService<AccessGuard>().FindActorAsync(member, Cancellation));
    }

    [Fact]
    public async Task ResettingASecondFactorAsksFirstThenForgetsItAndIsAudited()
    {
        using var culture = CultureScope.Use("en-US");
        var police = await CreateAsync(new NewAccount("police.one", "Le Van Cuong", SteeringRole.StandingAgency, null, GoodPassword));
        var member = await CreateAsync(new NewAccount("member.one", "Tran Thi Binh", SteeringRole.CommitteeMember, null, GoodPassword));
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<SteeringUser>>();
            var user = (await users.FindByIdAsync(police))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        RenderPage();
        Assert.Null(Row("member.one").QuerySelector("[data-testid=reset-second-factor]"));
        var reset = Row("police.one").QuerySelector("[data-testid=reset-second-factor]")!;
        Assert.Equal("Reset two-step sign-in of police.one", reset.GetAttribute("aria-label"));

        reset.Click();
        var confirm = _dialogs.WaitForElement(".mud-dialog", Timeout);
        Assert.Contains("Le Van Cuong will no longer be asked for a code", confirm.TextContent, StringComparison.Ordinal);
        _dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Reset two-step sign-in").Click();

        _page.WaitForAssertion(() => Assert.Empty(Row("police.one").QuerySelectorAll("[data-testid=reset-second-factor]")), Timeout);
        await using var db = await Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        Assert.False(await db.Users.Where(u => u.Id == police).Select(u => u.TwoFactorEnabled).SingleAsync(Cancellation));
        var audited = await db.AuditEntries.OrderBy(e => e.Id).LastAsync(Cancellation);
        Assert.Equal((AuditEvent.SecondFactorReset, _admin.UserId, "user police.one"), (audited.Event, audited.UserId, audited.Target));
    }

    [Fact]
    public async Task ResettingAPasswordShowsThePolicyThenSaves()
    {
        using var culture = CultureScope.Use("en-US");
        var member = await CreateAsync(new NewAccount("member.one", "Member", SteeringRole.CommitteeMember, null, GoodPassword));
        RenderPage();

        Row("member.one").QuerySelector("[data-testid=reset-password]")!.Click();
        _dialogs.WaitForElement("[data-testid=save]", Timeout);
        Change("password", "too short");
        Save();
        _dialogs.WaitForAssertion(() => Assert.Equal("The password must be at least 12 characters long.", ErrorTextOf("password")), Timeout);

        Change("password", "hoa sữa nồng nàn phố cổ");
        Save();

        _dialogs.WaitForAssertion(() => Assert.Empty(_dialogs.FindAll("[data-testid=save]")), Timeout);
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<SteeringUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByIdAsync(member))!, "hoa sữa nồng nàn phố cổ"));
    }

    [Fact]
    public async Task SomeoneWhoMayNotManageUsersSeesNoAccounts()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);

        RenderPage(expectTable: false);

        _page.WaitForElement("[data-testid=forbidden]", Timeout);
        Assert.Empty(_page.FindAll("[data-testid=users]"));
        Assert.Empty(_page.FindAll("[data-testid=create-user]"));
    }

    private async Task<string> CreateAsync(NewAccount account) =>
        Assert.IsType<AccountOutcome.Done>(await Administration.CreateAsync(new Caller(_admin.UserId), account, Cancellation)).UserId;

    private void RenderPage(bool expectTable = true)
    {
        _dialogs = Render<MudDialogProvider>();
        _popovers = Render<MudPopoverProvider>();
        _page = Render<UsersPage>();
        if (expectTable)
        {
            _page.WaitForElement("[data-testid=users]", Timeout);
        }
    }

    private IElement Row(string userName) => _page.Find($"tr[data-user='{userName}']");

    private (string Role, string Unit, string State) RowFacts(string userName)
    {
        var row = Row(userName);
        string Cell(string testId) => Normalize(row.QuerySelector($"[data-testid={testId}]")!.TextContent);
        return (Cell("role"), Cell("unit"), Cell("state"));
    }

    private void OpenCreateDialog()
    {
        _page.Find("[data-testid=create-user]").Click();
        _dialogs.WaitForElement("[data-testid=user-name]", Timeout);
    }

    private IElement Field(string testId) => _dialogs.Find($"[data-testid={testId}]");

    private void Change(string testId, string text) => Field(testId).Change(text);

    private void ChooseRole(string name) =>
        _dialogs.FindAll("label.mud-radio").Single(l => l.TextContent.Trim() == name).QuerySelector("input")!.Click();

    /// <summary>Opens the unit picker and clicks the unit's option, as a user would.</summary>
    private void ChooseUnit(string name)
    {
        _dialogs.WaitForElement("[data-testid=unit]", Timeout).Closest(".mud-input-control")!.MouseDown();
        _popovers.WaitForAssertion(() => Assert.Contains(_popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == name), Timeout);
        _popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == name).Click();
    }

    private void Save() => Field("save").Click();

    /// <summary>The text a screen reader reads as the field's description: the elements its aria-describedby names.</summary>
    private string ErrorTextOf(string testId)
    {
        var describedBy = Field(testId).GetAttribute("aria-describedby");
        Assert.False(string.IsNullOrEmpty(describedBy), $"{testId} has no aria-describedby");
        return string.Join(" ", describedBy.Split(' ').Select(id => _dialogs.Find($"[id='{id}']").TextContent.Trim()));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
