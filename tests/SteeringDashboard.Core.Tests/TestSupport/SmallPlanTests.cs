namespace SteeringDashboard.Core.Tests.TestSupport;

/// <summary>A test class whose every test starts on a store of its own holding the small plan (<see cref="SmallPlanScenario"/>).</summary>
public abstract class SmallPlanTests : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected int PlanId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        PlanId = await SmallPlanScenario.CreateAsync(Database);
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
