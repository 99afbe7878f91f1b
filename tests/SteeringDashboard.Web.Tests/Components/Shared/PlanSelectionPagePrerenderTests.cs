using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Shared;

/// <summary>
/// Screens subscribe to changes when they initialize, prerendering included; the prerenderer disposes its components when
/// the response is done, so a page that was only prerendered (a crawler, a reload before the circuit starts) leaves no
/// subscription behind.
/// </summary>
public sealed class PlanSelectionPagePrerenderTests(SteeringAppFactory app) : IClassFixture<SteeringAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/units/BA-DINH")]
    [InlineData("/tasks")]
    [InlineData("/plan")]
    [InlineData("/activity")]
    [InlineData("/assignments/1")]
    public async Task APrerenderedScreenLeavesNoSubscriptionBehind(string route)
    {
        var cancellation = Xunit.TestContext.Current.CancellationToken;
        using var client = await app.CreateSignedInClientAsync();
        var notifier = app.Services.GetRequiredService<ChangeNotifier>();

        var html = await client.GetStringAsync(route, cancellation);

        Assert.Contains("data-testid=\"refresh-status\"", html, StringComparison.Ordinal);
        // The request's services (the prerenderer among them) are disposed just after the last byte is sent.
        var waited = Stopwatch.StartNew();
        while (notifier.SubscriberCount > 0 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(10, cancellation);
        }

        Assert.Equal(0, notifier.SubscriberCount);
    }
}
