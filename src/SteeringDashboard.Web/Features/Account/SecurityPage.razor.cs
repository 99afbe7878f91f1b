using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Admin;

namespace SteeringDashboard.Web.Features.Account;

/// <summary>
/// A signed-in person's own account: change the password (the current one first) and see or set up the second factor.
/// A static form, so that the session cookie can be renewed when the password change ends the account's other sessions.
/// </summary>
public partial class SecurityPage
{
    private IReadOnlyList<string> _errors = [];
    private bool _changed;
    private bool _hasSecondFactor;

    [Inject]
    private SignInService SignIn { get; set; } = default!;

    [Inject]
    private UserManager<SteeringUser> Users { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminText> AdminText { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private ChangePasswordForm Input { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new ChangePasswordForm();
        _hasSecondFactor = await Users.GetUserAsync(HttpContext.User) is { TwoFactorEnabled: true };
    }

    private async Task ChangePasswordAsync()
    {
        var (current, password, again) = (Input.CurrentPassword ?? string.Empty, Input.NewPassword ?? string.Empty, Input.NewPasswordAgain ?? string.Empty);
        Input.CurrentPassword = Input.NewPassword = Input.NewPasswordAgain = null;
        _errors = password != again
            ? [PasswordChangeText.Mismatch]
            : await SignIn.ChangePasswordAsync(HttpContext.User, current, password, HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
        _changed = _errors.Count == 0;
    }

    /// <summary>The posted fields.</summary>
    public sealed class ChangePasswordForm
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? NewPasswordAgain { get; set; }
    }
}
