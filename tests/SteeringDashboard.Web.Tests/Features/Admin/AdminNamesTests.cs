using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Admin;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Admin;

public sealed class AdminNamesTests
{
    /// <summary>In Vietnamese no name can be the enum's own (the fallback of a value the switch lacks).</summary>
    [Fact]
    public void EveryRoleAndEveryAuditEventHasAName()
    {
        using var scope = CultureScope.Use("vi-VN");
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var localizer = services.GetRequiredService<IStringLocalizer<AdminText>>();

        var roles = Enum.GetValues<SteeringRole>().Select(role => (role.ToString(), AdminNames.Of(role, localizer)));
        var events = Enum.GetValues<AuditEvent>().Select(auditEvent => (auditEvent.ToString(), AdminNames.Of(auditEvent, localizer)));

        Assert.All(roles.Concat(events), pair => Assert.NotEqual(pair.Item1, pair.Item2));
        Assert.Equal(Enum.GetValues<AuditEvent>().Length, events.Select(e => e.Item2).Distinct().Count());
        Assert.Equal(Enum.GetValues<SteeringRole>().Length, roles.Select(r => r.Item2).Distinct().Count());
    }

    [Fact]
    public void TimesAreHanoiTimeInTheCommitteesFormat() =>
        Assert.Equal("05/05/2026 00:10", AdminNames.HanoiTimeText(new DateTime(2026, 5, 4, 17, 10, 0, DateTimeKind.Utc)));
}
