using Microsoft.AspNetCore.Components;

namespace SteeringDashboard.Web.Features.Account;

/// <summary>The sign-in form, rendered on the server without a circuit so that the password post can set the session cookie.</summary>
public partial class SignInPage
{
    private SignInOutcome? _outcome;

    /// <summary>Where to go once signed in; anything but a path of this app goes to the dashboard.</summary>
    [SupplyParameterFromQuery]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last session ended, when the app sent the person here itself (<see cref="AccountPaths.EndedIdle"/>).</summary>
    [SupplyParameterFromQuery]
    public string? Ended { get; set; }

    private async Task SignInAsync()
    {
        var password = Input.Password ?? string.Empty;
        // The password is never rendered back into the form.
        Input.Password = null;
        _outcome = await SignIn.SignInAsync(Input.UserName ?? string.Empty, password, RemoteAddress, HttpContext.RequestAborted);
        FollowOutcome(_outcome.Value, ReturnUrl);
    }

    /// <summary>The posted fields.</summary>
    public sealed class SignInForm
    {
        public string? UserName { get; set; }

        public string? Password { get; set; }
    }
}
