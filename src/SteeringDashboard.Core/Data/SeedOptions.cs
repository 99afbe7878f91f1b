namespace SteeringDashboard.Core.Data;

/// <summary>What the start-up seeds into an empty database (configuration section "Seed").</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Seed Plan 127/KH-BCD, its tasks, the 30 districts, the member agencies and the indicators.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Also generate demo progress, history, monthly figures and campaigns (deterministic).</summary>
    public bool DemoData { get; set; } = true;

    /// <summary>
    /// Also create the demo sign-ins (public passwords) with the demo data. The web app sets it from the environment
    /// (Development only), never from configuration.
    /// </summary>
    public bool DemoAccounts { get; set; }
}
