using Microsoft.AspNetCore.Components;

namespace SteeringDashboard.Web.Features.Account;

/// <summary>The second sign-in step: a code from the authenticator app, or one of the recovery codes (static form, like the password).</summary>
public partial class SecondFactorPage
{
    private SignInOutcome? _outcome;

    [Inject]
    private SignInService SignIn { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private CodeForm Input { get; set; } = default!;

    /// <summary>Where to go once signed in (see <see cref="AccountPaths.LocalOrHome"/>).</summary>
    [SupplyParameterFromQuery]
    public string? ReturnUrl { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Input ??= new CodeForm();
        // Opened without a password checked a moment ago (or after its five minutes): the password comes first.
        if (!HttpMethods.IsPost(HttpContext.Request.Method) && !await SignIn.IsPendingAsync())
        {
            Navigation.NavigateTo(AccountPaths.StepReturningTo(AccountPaths.SignIn, ReturnUrl));
        }
    }

    private async Task VerifyAsync()
    {
        var code = Input.Code ?? string.Empty;
        Input.Code = null;
        _outcome = await SignIn.VerifySecondFactorAsync(code, HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
        if (AccountPaths.NextPage(_outcome.Value, ReturnUrl) is { } next)
        {
            Navigation.NavigateTo(next);
        }
    }

    /// <summary>The posted field.</summary>
    public sealed class CodeForm
    {
        public string? Code { get; set; }
    }
}
