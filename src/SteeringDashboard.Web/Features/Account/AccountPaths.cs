namespace SteeringDashboard.Web.Features.Account;

/// <summary>The addresses of the sign-in, sign-out and access-denied pages and the rule for where a sign-in returns.</summary>
public static class AccountPaths
{
    public const string SignIn = "/account/sign-in";
    public const string SignOut = "/account/sign-out";
    public const string AccessDenied = "/account/access-denied";
    public const string SecondFactor = "/account/sign-in/code";
    public const string Enrol = "/account/sign-in/enrol";
    public const string NewPassword = "/account/sign-in/new-password";
    public const string Security = "/account/security";

    /// <summary>The query value the sign-in page reads as "the session ended because nobody used it".</summary>
    public const string EndedIdle = "idle";

    /// <summary>The page of a sign-in step (or the sign-in page) that comes back to <paramref name="returnUrl"/> when the sign-in is done.</summary>
    public static string StepReturningTo(string step, string? returnUrl) => $"{step}?returnUrl={Uri.EscapeDataString(LocalOrHome(returnUrl))}";

    /// <summary>The sign-in page's address that comes back to <paramref name="returnUrl"/> afterwards.</summary>
    public static string SignInReturningTo(string returnUrl) => $"{SignIn}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>Where a sign-in step's <paramref name="outcome"/> leads; null when the step's page shows its message instead.</summary>
    public static string? NextPage(SignInOutcome outcome, string? returnUrl) => outcome switch
    {
        SignInOutcome.SignedIn => LocalOrHome(returnUrl),
        SignInOutcome.SecondFactorRequired => StepReturningTo(SecondFactor, returnUrl),
        SignInOutcome.EnrolmentRequired => StepReturningTo(Enrol, returnUrl),
        SignInOutcome.NewPasswordRequired => StepReturningTo(NewPassword, returnUrl),
        SignInOutcome.Expired => StepReturningTo(SignIn, returnUrl),
        _ => null,
    };

    /// <summary><paramref name="returnUrl"/> when it is a path of this app, otherwise the dashboard (no open redirects).</summary>
    public static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/'
        && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
        && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative)
            ? returnUrl
            : "/";
}
