namespace SteeringDashboard.Web.Security;

/// <summary>How long a signed-in session lasts and how often it is checked against the store (configuration section "Security").</summary>
public sealed class SignInSessionOptions
{
    public const string Section = "Security";

    /// <summary>A session nobody used for this long ends (the cookie slides while requests come).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after the password was checked, however busy it is.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How often a cookie and an open circuit are checked against the account (disabled, security stamp changed).</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Sign-in attempts (password or code) one client address may make per <see cref="SignInAttemptWindow"/>.</summary>
    public int SignInAttemptsPerAddress { get; set; } = 20;

    /// <summary>Sign-in attempts (password or code) for one user name per <see cref="SignInAttemptWindow"/>, whatever the address.</summary>
    public int SignInAttemptsPerUserName { get; set; } = 10;

    public TimeSpan SignInAttemptWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>PBKDF2 iterations of new password hashes; <see cref="Core.Security.IdentitySetup.PasswordHashIterations"/> when not set.</summary>
    public int? PasswordHashIterations { get; set; }
}
