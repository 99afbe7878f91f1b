using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Admin;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Admin;

/// <summary>
/// The audit screen over a log written at known Ha Noi times: a reporter signs in at 08:05 on 04/05/2026, someone fails to
/// sign in at 23:50 and an administrator creates an account at 00:10 on 05/05, then thirty sign-outs follow a minute apart.
/// </summary>
public sealed class AuditPageTests : DatabasePageContext, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 5, 4, 8, 5, 0, HanoiTime.Offset));
    private IRenderedComponent<MudPopoverProvider> _popovers = default!;
    private IRenderedComponent<AuditPage> _page = default!;

    public async ValueTask InitializeAsync()
    {
        await UseDatabaseAsync(new SeedOptions { Enabled = false }, _clock);
        await this.SignInNewAccountAsync(SteeringRole.Administrator);
    }

    [Fact]
    public async Task ShowsTheNewestEntriesFirstInHanoiTimeWithLocalizedEvents()
    {
        using var culture = CultureScope.Use("vi-VN");
        await WriteLogAsync(signOuts: 0);

        RenderPage();

        Assert.Equal(
            [
                ("05/05/2026 00:10", "Tạo tài khoản", "admin.one", "user reporter.badinh"),
                ("04/05/2026 23:50", "Đăng nhập không thành công", "nobody", ""),
                ("04/05/2026 08:05", "Đăng nhập thành công", "reporter.badinh", ""),
            ],
            Rows().Select(r => (Cell(r, 0), Cell(r, 1), Cell(r, 2), Cell(r, 3))));
        Assert.Equal("3 mục · trang 1/1", Status());
        Assert.Empty(_page.FindAll("[data-testid=next-page]"));
    }

    [Fact]
    public async Task FiltersNarrowTheRows()
    {
        using var culture = CultureScope.Use("en-US");
        await WriteLogAsync(signOuts: 2);
        RenderPage();
        Assert.Equal(5, Rows().Count);

        ChooseEvent("Sign-in failed");
        _page.WaitForAssertion(() => Assert.Equal(["SignInFailed"], Events()), Timeout);

        ChooseEvent("All events");
        _page.Find("[data-testid=user-filter]").Change("REPORTER");
        _page.WaitForAssertion(() => Assert.Equal(["SignedOut", "SignedOut", "SignInSucceeded"], Events()), Timeout);

        _page.Find("[data-testid=user-filter]").Change("");
        _page.Find("[data-testid=from-filter]").Change("05/05/2026");
        _page.WaitForAssertion(() => Assert.Equal(["SignedOut", "SignedOut", "UserCreated"], Events()), Timeout);

        _page.Find("[data-testid=from-filter]").Change("");
        _page.Find("[data-testid=to-filter]").Change("04/05/2026");
        _page.WaitForAssertion(() => Assert.Equal(["SignInFailed", "SignInSucceeded"], Events()), Timeout);

        _page.Find("[data-testid=clear-filters]").Click();
        _page.WaitForAssertion(() => Assert.Equal(5, Rows().Count), Timeout);
    }

    [Fact]
    public async Task PagesThroughALongLog()
    {
        using var culture = CultureScope.Use("en-US");
        await WriteLogAsync(signOuts: 30);
        RenderPage();

        Assert.Equal(AuditFilter.DefaultPageSize, Rows().Count);
        Assert.Equal("33 entries · page 1 of 2", Status());
        Assert.True(_page.Find("[data-testid=previous-page]").HasAttribute("disabled"));

        _page.Find("[data-testid=next-page]").Click();

        _page.WaitForAssertion(() => Assert.Equal("33 entries · page 2 of 2", Status()), Timeout);
        Assert.Equal(["SignedOut", "UserCreated", "SignInFailed", "SignInSucceeded"], Events().TakeLast(4));
        Assert.Equal(33 - AuditFilter.DefaultPageSize, Rows().Count);
        Assert.True(_page.Find("[data-testid=next-page]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task SomeoneWhoMayNotReadTheLogSeesNoEntries()
    {
        using var culture = CultureScope.Use("en-US");
        await WriteLogAsync(signOuts: 0);
        await this.SignInNewAccountAsync(SteeringRole.StandingAgency);

        _popovers = Render<MudPopoverProvider>();
        _page = Render<AuditPage>();

        _page.WaitForElement("[data-testid=forbidden]", Timeout);
        Assert.Empty(_page.FindAll("[data-testid=audit]"));
    }

    /// <summary>The three entries of the class summary, then <paramref name="signOuts"/> sign-outs of the reporter, the first a minute after 00:10 on 05/05 and one a minute.</summary>
    private async Task WriteLogAsync(int signOuts)
    {
        var audit = Services.GetRequiredService<AuditLog>();
        await audit.RecordAsync(AuditEvent.SignInSucceeded, "u1", "reporter.badinh", address: "10.0.0.7", cancellationToken: Cancellation);
        _clock.Now = new DateTimeOffset(2026, 5, 4, 23, 50, 0, HanoiTime.Offset);
        await audit.RecordAsync(AuditEvent.SignInFailed, null, "nobody", cancellationToken: Cancellation);
        _clock.Now = new DateTimeOffset(2026, 5, 5, 0, 10, 0, HanoiTime.Offset);
        await audit.RecordAsync(AuditEvent.UserCreated, "a1", "admin.one", "user reporter.badinh", "role UnitReporter, unit 1", cancellationToken: Cancellation);
        for (var i = 0; i < signOuts; i++)
        {
            _clock.Now = _clock.Now.AddMinutes(1);
            await audit.RecordAsync(AuditEvent.SignedOut, "u1", "reporter.badinh", cancellationToken: Cancellation);
        }
    }

    private void RenderPage()
    {
        _popovers = Render<MudPopoverProvider>();
        _page = Render<AuditPage>();
        _page.WaitForElement("[data-testid=audit]", Timeout);
    }

    private IReadOnlyList<IElement> Rows() => _page.FindAll("[data-testid=audit] tbody tr");

    private List<string> Events() => Rows().Select(r => r.GetAttribute("data-event")!).ToList();

    private string Status() => _page.Find("[data-testid=page-status]").TextContent.Trim();

    private static string Cell(IElement row, int index) => row.QuerySelectorAll("td")[index].TextContent.Trim();

    private void ChooseEvent(string name)
    {
        _page.Find("[data-testid=event-filter]").Closest(".mud-input-control")!.MouseDown();
        _popovers.WaitForAssertion(() => Assert.Contains(_popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == name), Timeout);
        _popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == name).Click();
    }
}
