using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Security;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Security;

public sealed class CurrentUserTests : BunitContext
{
    [Fact]
    public async Task TheSignedInReporterIsReadFromTheClaimsWithItsUnit()
    {
        using var database = new TemporaryDatabase();
        this.AddSteeringDefaults();
        await this.UseSteeringDatabaseAsync(database, new Core.Data.SeedOptions { DemoData = false });
        var reporter = await this.SignInNewAccountAsync(SteeringRole.UnitReporter, unitId: 3);

        var current = Services.GetRequiredService<CurrentUser>();

        Assert.Equal(reporter, await current.GetAsync());
        Assert.True(await current.MayAsync(SteeringAction.UpdateAssignment, 3));
        Assert.False(await current.MayAsync(SteeringAction.UpdateAssignment, 4));
        Assert.Equal(new Caller(reporter.UserId), await current.CallerAsync());
    }

    [Fact]
    public void APrincipalWithoutARoleIsNoActor()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "u1")], "test"));

        Assert.Null(SteeringClaims.ToActor(principal));
        Assert.Null(SteeringClaims.ToActor(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
