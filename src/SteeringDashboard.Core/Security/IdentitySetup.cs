using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Security;

public static class IdentitySetup
{
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public const int LockoutAttempts = 5;

    /// <summary>
    /// PBKDF2 iterations for new password hashes. Identity's v3 format is PBKDF2-HMAC-SHA512, for which OWASP's Password
    /// Storage Cheat Sheet asks 210,000; a stored hash with fewer is re-hashed at its next successful sign-in.
    /// </summary>
    public const int PasswordHashIterations = 210_000;

    /// <summary>
    /// Identity's user and role managers on the steering store with the password, lockout and user-name rules.
    /// The web app adds the sign-in manager and cookies on top; tests and the create-admin command use this alone.
    /// </summary>
    public static IdentityBuilder AddSteeringIdentityCore(this IServiceCollection services)
    {
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordHashIterations);
        return services
            .AddIdentityCore<SteeringUser>(options => Configure(options))
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SteeringDbContext>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddTokenProvider<AuthenticatorTokenProvider<SteeringUser>>(TokenOptions.DefaultAuthenticatorProvider);
    }

    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = PasswordPolicy.MinimumLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = LockoutAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.User.RequireUniqueEmail = false;
        options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
        options.SignIn.RequireConfirmedAccount = false;
    }
}
