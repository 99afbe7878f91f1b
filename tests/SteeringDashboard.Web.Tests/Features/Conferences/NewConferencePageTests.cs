using Bunit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Features.Conferences;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Conferences;

/// <summary>Starting a conference from the list: who is offered it, a valid record opening the new workspace, an invalid one changing nothing.</summary>
public sealed class NewConferencePageTests : DatabasePageContext, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async ValueTask InitializeAsync()
    {
        await UseDatabaseAsync(new SeedOptions());
    }

    [Theory]
    [InlineData(SteeringRole.Secretariat, true)]
    [InlineData(SteeringRole.CommitteeMember, false)]
    [InlineData(SteeringRole.StandingAgency, false)]
    public async Task OnlyTheSecretariatIsOfferedANewConference(SteeringRole role, bool offered)
    {
        await this.SignInNewAccountAsync(role);

        var list = Render<ConferenceListPage>();

        list.WaitForElement("[data-testid=conferences]", Timeout);
        Assert.Equal(offered, list.FindAll("[data-testid=new-conference]").Count == 1);
    }

    [Fact]
    public async Task AValidRecordCreatesTheConferenceAndOpensItsWorkspace()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        var page = Render<NewConferencePage>();
        page.WaitForElement("[data-testid=new-conference-form]", Timeout);

        page.Find("input[data-testid=record-title]").Change("Hội nghị sơ kết công tác phòng, chống mua bán người năm 2018");
        page.Find("input[data-testid=record-venue]").Change("Hội trường Ủy ban nhân dân thành phố");
        page.Find("input[data-testid=record-chair]").Change("Phó Chủ tịch Ủy ban nhân dân thành phố");
        page.Find("input[data-testid=record-date]").Change("20/12/2018");
        page.Find("input[data-testid=record-cutoff]").Change("10/12/2018");
        await page.Find("[data-testid=new-conference-form]").SubmitAsync();

        var created = await ConferencesAsync();
        var conference = Assert.Single(created, c => c.Title == "Hội nghị sơ kết công tác phòng, chống mua bán người năm 2018");
        Assert.Equal(new DateOnly(2018, 12, 20), conference.Date);
        Assert.Equal(new DateOnly(2018, 12, 10), conference.CutoffDate);
        Assert.EndsWith($"/conference/{conference.Id}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIncompleteRecordIsExplainedAndCreatesNothing()
    {
        using var culture = CultureScope.Use("vi-VN");
        await this.SignInNewAccountAsync(SteeringRole.Secretariat);
        var page = Render<NewConferencePage>();
        page.WaitForElement("[data-testid=new-conference-form]", Timeout);
        var before = (await ConferencesAsync()).Count;

        page.Find("input[data-testid=record-venue]").Change("Hội trường Công an thành phố");
        await page.Find("[data-testid=new-conference-form]").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("Nhập tên hội nghị", page.Markup, StringComparison.Ordinal), Timeout);
        Assert.Equal(before, (await ConferencesAsync()).Count);
        Assert.EndsWith("/", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheSecretariatMayOpenIt()
    {
        var policy = Assert.Single(
            typeof(NewConferencePage).GetCustomAttributes(typeof(AuthorizeAttribute), inherit: true).Cast<AuthorizeAttribute>(), a => a.Policy is not null).Policy;

        Assert.Equal(nameof(SteeringAction.ManageConference), policy);
        Assert.Equal([SteeringRole.Secretariat], Permissions.RolesAllowedSome(SteeringAction.ManageConference));
    }

    private async Task<List<Core.Conferences.Conference>> ConferencesAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.Conferences.AsNoTracking().ToListAsync(Cancellation);
    }
}
