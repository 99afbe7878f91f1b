using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Account;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Security;

/// <summary>Pages and endpoints refused to a signed-in role, requested over HTTP in the whole app.</summary>
public sealed class RefusalAuditTests(SteeringAppFactory app) : IClassFixture<SteeringAppFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/figures/import")]
    [InlineData("/figures/template")]
    [InlineData("/admin/users")]
    public async Task ARefusedPageOrEndpointIsAuditedWithThePathAndTheRoles(string path)
    {
        using var client = await app.CreateSignedInClientAsync(SteeringRole.CommitteeMember, options: new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path + "?format=csv", Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(AccountPaths.AccessDenied, response.Headers.Location?.ToString().Replace("http://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        var entry = await db.AuditEntries.Where(e => e.Event == AuditEvent.AccessDenied && e.Target == path).OrderBy(e => e.Id).LastAsync(Cancellation);
        Assert.StartsWith("requires ", entry.Detail, StringComparison.Ordinal);
        Assert.EndsWith(": role CommitteeMember", entry.Detail, StringComparison.Ordinal);
        Assert.NotNull(entry.UserId);
    }

    [Fact]
    public async Task AnAllowedPageIsNotAudited()
    {
        using var client = await app.CreateSignedInClientAsync(SteeringRole.StandingAgency);

        using var response = await client.GetAsync("/figures/import", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Event == AuditEvent.AccessDenied && e.Target == "/figures/import" && e.Detail!.EndsWith("StandingAgency"), Cancellation));
    }
}
