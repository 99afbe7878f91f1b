namespace SteeringDashboard.Web.Features.Account;

/// <summary>The addresses of the sign-in, sign-out and access-denied pages and the rule for where a sign-in returns.</summary>
public static class AccountPaths
{
    public const string SignIn = "/account/sign-in";
    public const string SignOut = "/account/sign-out";
    public const string AccessDenied = "/account/access-denied";

    /// <summary>The sign-in page's address that comes back to <paramref name="returnUrl"/> afterwards.</summary>
    public static string SignInReturningTo(string returnUrl) => $"{SignIn}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary><paramref name="returnUrl"/> when it is a path of this app, otherwise the dashboard (no open redirects).</summary>
    public static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/'
        && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
        && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative)
            ? returnUrl
            : "/";
}
