using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Web.Features.Account;
using SteeringDashboard.Web.Security;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Account;

/// <summary>A circuit that lost its sign-in reloads into the sign-in page, coming back to the page after; an idle one says why.</summary>
public sealed class RedirectToSignInTests : BunitContext
{
    private readonly FixedClock _clock = new(DateTimeOffset.UtcNow);

    public RedirectToSignInTests()
    {
        this.AddSteeringDefaults();
        Services.AddScoped(_ => new CircuitActivity(_clock));
    }

    [Fact]
    public void ACircuitThatLostItsSignInGoesToTheSignInPageAndBack()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/tasks?unit=BA-DINH");

        Render<RedirectToSignIn>();

        Assert.Equal("http://localhost/account/sign-in?returnUrl=%2Ftasks%3Funit%3DBA-DINH", navigation.Uri);
    }

    [Fact]
    public void AnIdleCircuitTellsTheSignInPageWhyTheSessionEnded()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/plan");
        var activity = Services.GetRequiredService<CircuitActivity>();
        _clock.Now += TimeSpan.FromMinutes(31);
        Assert.True(activity.CheckIdle(TimeSpan.FromMinutes(30)));

        Render<RedirectToSignIn>();

        Assert.Equal("http://localhost/account/sign-in?returnUrl=%2Fplan&ended=idle", navigation.Uri);
    }
}
