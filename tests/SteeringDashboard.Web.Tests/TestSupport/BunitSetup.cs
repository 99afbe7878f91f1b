using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SteeringDashboard.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Charts;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Dashboard;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Tests.TestSupport;

public static class BunitSetup
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BunitContext, Bunit.TestDoubles.BunitAuthorizationContext> Authorizations = [];

    /// <summary>
    /// What the app's components expect from the host: MudBlazor services with its JavaScript calls
    /// answered loosely, localization from the app's resx files, and authorization with nobody signed in
    /// until <see cref="SignInAs"/>.
    /// </summary>
    public static BunitContext AddSteeringDefaults(this BunitContext ctx)
    {
        Authorizations.Add(ctx, ctx.AddAuthorization());
        ctx.Services.AddScoped<CurrentUser>();
        ctx.Services.AddScoped<ReaderPrivacy>();
        ctx.Services.AddScoped<ClientAddress>();
        ctx.Services.AddScoped(services => new CircuitActivity(services.GetService<TimeProvider>() ?? TimeProvider.System));
        ctx.Services.AddScoped<CircuitConnection>();
        ctx.Services.AddSingleton<SharedDashboardCharts>();
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

    /// <summary>Signs <paramref name="actor"/> in for the rendered components, with the claims the app's sign-in gives; needs <see cref="AddSteeringDefaults"/>.</summary>
    public static BunitContext SignInAs(this BunitContext ctx, Actor actor)
    {
        var authorization = Authorizations.TryGetValue(ctx, out var registered)
            ? registered
            : throw new InvalidOperationException("Call AddSteeringDefaults before SignInAs.");
        authorization.SetAuthorized(actor.UserName);
        authorization.SetRoles(actor.Role.ToString());
        // The app's policies are named after the actions (see SecurityServiceCollectionExtensions): grant those the role has.
        authorization.SetPolicies([.. Enum.GetValues<SteeringAction>().Where(action => Permissions.AllowsSome(actor.Role, action)).Select(action => action.ToString())]);
        authorization.SetClaims([.. SteeringClaims.Of(actor).Where(c => c.Type is not (System.Security.Claims.ClaimTypes.Name or System.Security.Claims.ClaimTypes.Role))]);
        return ctx;
    }

    /// <summary>An account with <paramref name="role"/> created in the context's store and signed in; call after <see cref="UseSteeringDatabaseAsync"/>.</summary>
    public static async Task<Actor> SignInNewAccountAsync(this BunitContext ctx, SteeringRole role, int? unitId = null)
    {
        var actor = await TestAccounts.CreateAsync(ctx.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>(), role, unitId);
        ctx.SignInAs(actor);
        return actor;
    }
}
