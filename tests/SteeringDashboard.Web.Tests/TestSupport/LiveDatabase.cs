using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Web.Tests.TestSupport;

public static class LiveDatabase
{
    /// <summary>
    /// Like <see cref="BunitSetup.UseSteeringDatabaseAsync"/> (the real data services on a fresh file, migrated and seeded
    /// with the demo data), with <paramref name="clock"/> as the app's clock and EF interceptors to watch the queries.
    /// </summary>
    public static Task UseLiveDatabaseAsync(this BunitContext ctx, TemporaryDatabase database, TimeProvider clock, params IInterceptor[] interceptors)
    {
        ctx.Services.AddSteeringData(database.ConnectionString);
        ctx.Services.AddSingleton(clock);
        ctx.Services.ConfigureDbContext<SteeringDbContext>(options => options.AddInterceptors(interceptors), ServiceLifetime.Singleton);
        return ctx.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(new SeedOptions(), Xunit.TestContext.Current.CancellationToken);
    }
}
