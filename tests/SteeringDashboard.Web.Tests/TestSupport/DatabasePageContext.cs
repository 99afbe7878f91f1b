using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>
/// A bunit context with the app's defaults (<see cref="BunitSetup.AddSteeringDefaults"/>) and a SQLite file of its own,
/// removed when the context is disposed: what every page test on its own store starts from.
/// </summary>
public abstract class DatabasePageContext : BunitContext
{
    protected DatabasePageContext() => this.AddSteeringDefaults();

    protected TemporaryDatabase Database { get; } = new();

    protected static CancellationToken Cancellation => Xunit.TestContext.Current.CancellationToken;

    /// <summary>The store's context factory, for arranging and checking data around the page; after <see cref="UseDatabaseAsync"/>.</summary>
    protected IDbContextFactory<SteeringDbContext> Factory => Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>();

    /// <summary>Registers the data services on <see cref="Database"/> and migrates and seeds it (see <see cref="BunitSetup.UseSteeringDatabaseAsync"/>).</summary>
    protected Task UseDatabaseAsync(SeedOptions? seed = null, TimeProvider? clock = null, params IInterceptor[] interceptors) =>
        this.UseSteeringDatabaseAsync(Database, seed, clock, interceptors);

    /// <summary>The store's only plan.</summary>
    protected async Task<PlanSummary> PlanAsync() => Assert.Single(await Services.GetRequiredService<PlanQueries>().ListAsync(Cancellation));

    /// <summary>
    /// Saves the assignment from its current version as a new standing-agency account named <paramref name="changedBy"/>,
    /// as another screen would while the page is open.
    /// </summary>
    protected async Task<EditOutcome> SaveAssignmentAsync(int assignmentId, AssignmentState state, int progress, string note, string changedBy)
    {
        var updates = Services.GetRequiredService<AssignmentUpdateService>();
        var current = (await updates.LoadForEditAsync(assignmentId, Cancellation))!.Current;
        var account = await TestAccounts.CreateAsync(Factory, SteeringRole.StandingAgency, displayName: changedBy);
        return await updates.UpdateAsync(
            new AssignmentEdit(assignmentId, current.Version, state, progress, CompletedOn: null, note), new Caller(account.UserId), cancellationToken: Cancellation);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        Database.Dispose();
    }
}
