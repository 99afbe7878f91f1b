using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Features.Account;

namespace SteeringDashboard.Web.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Identity with cookie sign-in, the session rules (idle timeout, absolute lifetime, periodic re-check of the account),
    /// the circuit's revalidating authentication state, and authorization: sign-in required everywhere by default and one
    /// policy per <see cref="SteeringAction"/> named after it.
    /// </summary>
    public static IServiceCollection AddSteeringSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var sessionSection = configuration.GetSection(SignInSessionOptions.Section);
        var session = sessionSection.Get<SignInSessionOptions>() ?? new SignInSessionOptions();
        services.Configure<SignInSessionOptions>(sessionSection);

        // The keys that sign cookies and antiforgery tokens live in the database, under one application name: a cookie issued
        // by one instance is read by every other (whatever folder it runs from), and a restart signs nobody out.
        services.AddDataProtection()
            .SetApplicationName("SteeringDashboard")
            .PersistKeysToDbContext<SteeringDbContext>();

        services.AddSteeringIdentityCore()
            .AddSignInManager<SteeringSignInManager>()
            .AddClaimsPrincipalFactory<SteeringClaimsPrincipalFactory>();
        if (session.PasswordHashIterations is { } iterations)
        {
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = iterations);
        }

        services.AddSingleton<SignInThrottle>();
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, SteeringSecurityStampValidator>());
        services.AddScoped<SessionValidator>();
        services.AddScoped<SignInService>();

        // Outside Development every cookie is Secure, and the session's cookies carry the __Host- prefix: the browser then
        // refuses them unless set over HTTPS for this exact host and path "/", so a sibling subdomain cannot plant or widen one.
        var secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        string CookieName(string name, string development) => environment.IsDevelopment() ? development : $"__Host-{name}";
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.SecurePolicy = secure;
            if (!environment.IsDevelopment())
            {
                antiforgery.Cookie.Name = "__Host-steering.antiforgery";
            }
        });

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie =>
        {
            cookie.Cookie.Name = CookieName("steering.sign-in-step", ".AspNetCore." + IdentityConstants.TwoFactorUserIdScheme);
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = secure;
        });
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName("steering.session", ".AspNetCore." + IdentityConstants.ApplicationScheme);
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = secure;
            cookie.ExpireTimeSpan = session.IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = AccountPaths.SignIn;
            cookie.LogoutPath = AccountPaths.SignOut;
            cookie.AccessDeniedPath = AccountPaths.AccessDenied;
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.Events.OnValidatePrincipal = ValidatePrincipalAsync;
        });
        // The app's clock for the cookie's expiry and the stamp check's interval (tests move it).
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider>((cookie, clock) => cookie.TimeProvider = clock);
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((options, clock) =>
        {
            options.TimeProvider = clock;
            options.ValidationInterval = session.RevalidationInterval;
            // The stamp check rebuilds the principal; the sign-in time must survive it or the absolute lifetime would slide.
            options.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst(SteeringClaims.SignedInAt) is { } signedInAt
                    && context.NewPrincipal?.Identity is ClaimsIdentity identity)
                {
                    identity.AddClaim(new Claim(signedInAt.Type, signedInAt.Value, signedInAt.ValueType));
                }

                return Task.CompletedTask;
            };
        });

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, SteeringAuthenticationStateProvider>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ReaderPrivacy>();
        services.AddHttpContextAccessor();
        services.AddScoped<ClientAddress>();
        services.AddScoped<CircuitHandler, ClientAddress.CircuitHandler>();
        services.AddScoped<CircuitActivity>();

        var authorization = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var action in Enum.GetValues<SteeringAction>())
        {
            authorization.AddPolicy(action.ToString(), policy => policy.RequireRole(Permissions.RolesAllowedSome(action).Select(role => role.ToString())));
        }

        services.AddSingleton<RefusalAudit>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, RefusalAudit.Handler>();

        return services;
    }

    // Every request: the absolute lifetime (no store access); every RevalidationInterval: Identity's stamp check, which also refuses disabled accounts.
    private static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionValidator>();
        if (context.Principal is null || !sessions.IsWithinLifetime(context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
