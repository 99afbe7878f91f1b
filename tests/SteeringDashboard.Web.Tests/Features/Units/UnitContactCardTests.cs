using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Features.Units;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Units;

/// <summary>Ba Dinh's contact for reports on its unit page, on a plan seeded without demo data (no contact on file at first).</summary>
public sealed class UnitContactCardTests : DatabasePageContext, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private int _baDinh;

    public async ValueTask InitializeAsync()
    {
        await UseDatabaseAsync(new SeedOptions { DemoData = false });
        await using var db = await Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        _baDinh = await db.Units.Where(u => u.Code == "BA-DINH").Select(u => u.Id).SingleAsync(Cancellation);
        Render<MudPopoverProvider>();
    }

    [Fact]
    public async Task TheStandingAgencyTypesTheContactSavesItAndSeesIt()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);
        var card = Render<UnitContactCard>(p => p.Add(x => x.UnitId, _baDinh));
        card.WaitForAssertion(() => Assert.Equal("Chưa có thông tin liên hệ.", card.Find("[data-testid=contact-text]").TextContent.Trim()), Timeout);

        card.Find("[data-testid=contact-edit]").Click();
        card.Find("input[data-testid=contact-person]").Change("Nguyễn Thị Lan");
        card.Find("input[data-testid=contact-phone]").Change("024 3942 4224");
        card.Find("input[data-testid=contact-email]").Change("lan@example.vn");
        card.Find("form").Submit();

        card.WaitForAssertion(
            () => Assert.Equal("Nguyễn Thị Lan · 024 3942 4224 · lan@example.vn", card.Find("[data-testid=contact-text]").TextContent.Trim()), Timeout);
        Assert.Equal("Đã lưu thông tin liên hệ.", card.Find("[data-testid=contact-saved]").TextContent.Trim());
        Assert.Equal(new UnitContact("Nguyễn Thị Lan", "024 3942 4224", "lan@example.vn"), await Services.GetRequiredService<UnitContactService>().LoadAsync(_baDinh, Cancellation));
    }

    [Fact]
    public async Task APhoneTooShortIsExplainedBesideItsFieldAndNothingIsStored()
    {
        using var culture = CultureScope.Use("en-US");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        var card = Render<UnitContactCard>(p => p.Add(x => x.UnitId, _baDinh));
        card.WaitForElement("[data-testid=contact-edit]", Timeout).Click();

        card.Find("input[data-testid=contact-phone]").Change("0912");
        card.Find("form").Submit();

        card.WaitForAssertion(() => Assert.Contains("at least 8 digits", card.Find("[data-testid=contact-message]").TextContent), Timeout);
        Assert.Equal("true", card.Find("input[data-testid=contact-phone]").GetAttribute("aria-invalid"));
        Assert.True((await Services.GetRequiredService<UnitContactService>().LoadAsync(_baDinh, Cancellation))!.IsEmpty);
    }

    [Theory]
    [InlineData(SteeringRole.CommitteeMember)]
    [InlineData(SteeringRole.UnitReporter)]
    public async Task ThoseWhoDoNotChaseReportsReadTheContactWithoutAnEditButton(SteeringRole role)
    {
        await this.SignInNewAccountAsync(role, role == SteeringRole.UnitReporter ? _baDinh : null);
        var card = Render<UnitContactCard>(p => p.Add(x => x.UnitId, _baDinh));

        card.WaitForElement("[data-testid=contact-text]", Timeout);

        Assert.Empty(card.FindAll("[data-testid=contact-edit]"));
    }
}
