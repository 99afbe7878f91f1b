namespace SteeringDashboard.Core.Security;

/// <summary>Who must sign in with an authenticator-app code as well as the password (ASVS 5.0 level 2, accounts that change or administer much).</summary>
public static class SecondFactor
{
    /// <summary>How many single-use recovery codes an enrolment gives.</summary>
    public const int RecoveryCodeCount = 10;

    /// <summary>Administrators, the secretariat and the standing agency must; committee members and unit reporters may.</summary>
    public static bool IsRequiredFor(SteeringRole role) =>
        role is SteeringRole.Administrator or SteeringRole.Secretariat or SteeringRole.StandingAgency;
}

/// <summary>Where Identity's Entity Framework store keeps the authenticator key and recovery codes (rows of AspNetUserTokens).</summary>
public static class SecondFactorTokens
{
    public const string LoginProvider = "[AspNetUserStore]";
    public const string AuthenticatorKey = "AuthenticatorKey";
    public const string RecoveryCodes = "RecoveryCodes";
}
