using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using SteeringDashboard.Web.Components.Layout;
using SteeringDashboard.Web.Security;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Layout;

/// <summary>The layout's tracker hands the page's own use (not the browser's replies) to the circuit's idle check.</summary>
public sealed class UserActivityTrackerTests : BunitContext
{
    private readonly FixedClock _clock = new(DateTimeOffset.UtcNow);

    public UserActivityTrackerTests()
    {
        this.AddSteeringDefaults();
        Services.AddScoped(_ => new CircuitActivity(_clock));
    }

    [Fact]
    public void ThePagesUseReportedByTheBrowserModuleKeepsTheCircuitFromGoingIdle()
    {
        var module = JSInterop.SetupModule("./Components/Layout/UserActivityTracker.razor.js");

        Render<UserActivityTracker>();

        var call = Assert.Single(module.Invocations["track"]);
        Assert.Equal(UserActivityTracker.ReportInterval.TotalMilliseconds, call.Arguments[1]);
        var reference = Assert.IsType<DotNetObjectReference<CircuitActivity>>(call.Arguments[0]);
        var activity = Services.GetRequiredService<CircuitActivity>();
        Assert.Same(activity, reference.Value);

        _clock.Now += TimeSpan.FromMinutes(29);
        reference.Value.UserActive();
        _clock.Now += TimeSpan.FromMinutes(29);
        Assert.False(activity.CheckIdle(TimeSpan.FromMinutes(30)));

        _clock.Now += TimeSpan.FromMinutes(2);
        Assert.True(activity.CheckIdle(TimeSpan.FromMinutes(30)));
    }
}
