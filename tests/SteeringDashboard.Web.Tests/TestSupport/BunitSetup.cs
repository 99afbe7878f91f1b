using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SteeringDashboard.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Web.Tests.TestSupport;

public static class BunitSetup
{
    /// <summary>
    /// What the app's components expect from the host: MudBlazor services with its JavaScript calls
    /// answered loosely, and localization from the app's resx files.
    /// </summary>
    public static BunitContext AddSteeringDefaults(this BunitContext ctx)
    {
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization();
        ctx.Services.AddTransient<MudLocalizer, ResourceMudLocalizer>();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        return ctx;
    }

    /// <summary>
    /// Registers the real data services on <paramref name="database"/> and migrates and seeds it as the app's first
    /// start would (with the demo data unless <paramref name="seed"/> says otherwise), optionally with a test clock
    /// and EF interceptors that watch the queries. Call it after every other registration: it builds the services.
    /// </summary>
    public static Task UseSteeringDatabaseAsync(
        this BunitContext ctx, TemporaryDatabase database, SeedOptions? seed = null, TimeProvider? clock = null, params IInterceptor[] interceptors)
    {
        ctx.Services.AddSteeringData(database.ConnectionString);
        if (clock is not null)
        {
            ctx.Services.AddSingleton(clock);
        }

        if (interceptors.Length > 0)
        {
            ctx.Services.ConfigureDbContext<SteeringDbContext>(options => options.AddInterceptors(interceptors), ServiceLifetime.Singleton);
        }

        return ctx.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seed ?? new SeedOptions(), Xunit.TestContext.Current.CancellationToken);
    }
}
