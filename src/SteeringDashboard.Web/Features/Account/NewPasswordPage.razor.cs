using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Web.Features.Admin;

namespace SteeringDashboard.Web.Features.Account;

/// <summary>The last sign-in step after an administrator set or reset the password: the person chooses their own.</summary>
public partial class NewPasswordPage
{
    private IReadOnlyList<string> _errors = [];

    [Inject]
    private SignInService SignIn { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminText> AdminText { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private NewPasswordForm Input { get; set; } = default!;

    /// <summary>Where to go once signed in (see <see cref="AccountPaths.LocalOrHome"/>).</summary>
    [SupplyParameterFromQuery]
    public string? ReturnUrl { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Input ??= new NewPasswordForm();
        if (!HttpMethods.IsPost(HttpContext.Request.Method) && !await SignIn.IsPendingAsync())
        {
            Navigation.NavigateTo(AccountPaths.StepReturningTo(AccountPaths.SignIn, ReturnUrl));
        }
    }

    private async Task SetAsync()
    {
        var (password, again) = (Input.NewPassword ?? string.Empty, Input.NewPasswordAgain ?? string.Empty);
        Input.NewPassword = Input.NewPasswordAgain = null;
        if (password != again)
        {
            _errors = [PasswordChangeText.Mismatch];
            return;
        }

        var (outcome, errors) = await SignIn.SetNewPasswordAsync(password, HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
        _errors = errors;
        if (AccountPaths.NextPage(outcome, ReturnUrl) is { } next)
        {
            Navigation.NavigateTo(next);
        }
    }

    /// <summary>The posted fields.</summary>
    public sealed class NewPasswordForm
    {
        public string? NewPassword { get; set; }

        public string? NewPasswordAgain { get; set; }
    }
}
