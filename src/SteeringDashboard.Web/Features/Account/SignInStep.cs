using Microsoft.AspNetCore.Components;

namespace SteeringDashboard.Web.Features.Account;

/// <summary>
/// A step of the sign-in (the password, the second factor, the enrolment, the new password): a static form posted to the
/// server, so that the step's answer can set the session cookie. What every step reads and where its outcome leads.
/// </summary>
/// <typeparam name="TForm">The step's posted fields.</typeparam>
public abstract class SignInStep<TForm> : ComponentBase
    where TForm : class, new()
{
    [Inject]
    protected SignInService SignIn { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    protected TForm Input { get; set; } = default!;

    /// <summary>The browser's address, for the sign-in throttle and the audit log.</summary>
    protected string? RemoteAddress => HttpContext.Connection.RemoteIpAddress?.ToString();

    // Null on a GET; the posted fields on a POST.
    protected override void OnInitialized() => Input ??= new TForm();

    /// <summary>Goes to the page <paramref name="outcome"/> leads to; stays (to show the step's message) when it leads nowhere.</summary>
    protected void FollowOutcome(SignInOutcome outcome, string? returnUrl)
    {
        if (AccountPaths.NextPage(outcome, returnUrl) is { } next)
        {
            Navigation.NavigateTo(next);
        }
    }

    /// <summary>Back to the password for a step opened without a password checked a moment ago (or after its five minutes).</summary>
    protected async Task RequirePendingSignInAsync(string? returnUrl)
    {
        if (!HttpMethods.IsPost(HttpContext.Request.Method) && !await SignIn.IsPendingAsync())
        {
            Navigation.NavigateTo(AccountPaths.StepReturningTo(AccountPaths.SignIn, returnUrl));
        }
    }
}

/// <summary>The posted field of the steps that take a code: the second factor and the enrolment.</summary>
public sealed class CodeForm
{
    public string? Code { get; set; }
}
