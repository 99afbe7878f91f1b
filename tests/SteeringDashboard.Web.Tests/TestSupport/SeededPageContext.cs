using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Plans;

namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>
/// A bunit context with the app's defaults (<see cref="BunitSetup.AddSteeringDefaults"/>) reading the seeded demo store that
/// its class shares (a <see cref="SeededDatabase"/> class fixture): what every read-only page test on the demo data starts from.
/// </summary>
public abstract class SeededPageContext : BunitContext
{
    protected SeededPageContext(SeededDatabase database)
    {
        this.AddSteeringDefaults();
        database.AddTo(Services);
    }

    /// <summary>How long a page may take to load from the seeded store on two busy cores.</summary>
    protected static TimeSpan LoadTimeout { get; } = TimeSpan.FromSeconds(10);

    protected static CancellationToken Cancellation => Xunit.TestContext.Current.CancellationToken;

    /// <summary>The store's only plan.</summary>
    protected async Task<PlanSummary> PlanAsync() => Assert.Single(await Services.GetRequiredService<PlanQueries>().ListAsync(Cancellation));
}
