using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Account;
using SteeringDashboard.Web.Security;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Account;

/// <summary>A page refused inside a circuit (the router shows <see cref="NotAllowed"/>).</summary>
public sealed class NotAllowedTests : DatabasePageContext, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        Services.AddSingleton<RefusalAudit>();
        await UseDatabaseAsync(new SeedOptions { DemoData = false });
    }

    [Fact]
    public async Task TheRefusalIsAuditedWithThePageAndTheRole()
    {
        using var culture = CultureScope.Use("en-US");
        var actor = await this.SignInNewAccountAsync(SteeringRole.UnitReporter);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/admin/audit?from=2018-01-01");

        var page = Render<NotAllowed>();

        Assert.Contains("Back to the dashboard", page.Markup, StringComparison.Ordinal);
        await using var db = await Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken);
        var entry = await db.AuditEntries.SingleAsync(e => e.Event == AuditEvent.AccessDenied, Xunit.TestContext.Current.CancellationToken);
        Assert.Equal((actor.UserId, "/admin/audit", "page policy: role UnitReporter"), (entry.UserId, entry.Target, entry.Detail));
    }
}
