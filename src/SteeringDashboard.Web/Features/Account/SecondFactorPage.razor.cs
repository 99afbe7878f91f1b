using Microsoft.AspNetCore.Components;

namespace SteeringDashboard.Web.Features.Account;

/// <summary>The second sign-in step: a code from the authenticator app, or one of the recovery codes (static form, like the password).</summary>
public partial class SecondFactorPage
{
    private SignInOutcome? _outcome;

    /// <summary>Where to go once signed in (see <see cref="AccountPaths.LocalOrHome"/>).</summary>
    [SupplyParameterFromQuery]
    public string? ReturnUrl { get; set; }

    protected override Task OnInitializedAsync() => RequirePendingSignInAsync(ReturnUrl);

    private async Task VerifyAsync()
    {
        var code = Input.Code ?? string.Empty;
        Input.Code = null;
        _outcome = await SignIn.VerifySecondFactorAsync(code, RemoteAddress, HttpContext.RequestAborted);
        FollowOutcome(_outcome.Value, ReturnUrl);
    }
}
