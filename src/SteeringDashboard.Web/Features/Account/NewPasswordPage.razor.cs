using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Web.Features.Admin;

namespace SteeringDashboard.Web.Features.Account;

/// <summary>The last sign-in step after an administrator set or reset the password: the person chooses their own.</summary>
public partial class NewPasswordPage
{
    private IReadOnlyList<string> _errors = [];

    [Inject]
    private IStringLocalizer<AdminText> AdminText { get; set; } = default!;

    /// <summary>Where to go once signed in (see <see cref="AccountPaths.LocalOrHome"/>).</summary>
    [SupplyParameterFromQuery]
    public string? ReturnUrl { get; set; }

    protected override Task OnInitializedAsync() => RequirePendingSignInAsync(ReturnUrl);

    private async Task SetAsync()
    {
        var (password, again) = (Input.NewPassword ?? string.Empty, Input.NewPasswordAgain ?? string.Empty);
        Input.NewPassword = Input.NewPasswordAgain = null;
        if (password != again)
        {
            _errors = [PasswordChangeText.Mismatch];
            return;
        }

        var (outcome, errors) = await SignIn.SetNewPasswordAsync(password, RemoteAddress, HttpContext.RequestAborted);
        _errors = errors;
        FollowOutcome(outcome, ReturnUrl);
    }

    /// <summary>The posted fields.</summary>
    public sealed class NewPasswordForm
    {
        public string? NewPassword { get; set; }

        public string? NewPasswordAgain { get; set; }
    }
}
