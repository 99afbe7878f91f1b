using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Security;

/// <summary>Identity's sign-in manager with one rule more: a disabled account may not sign in, and its sessions fail their next check.</summary>
public sealed class SteeringSignInManager(
    UserManager<SteeringUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<SteeringUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<SteeringUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<SteeringUser> confirmation)
    : SignInManager<SteeringUser>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(SteeringUser user) => !user.IsDisabled && await base.CanSignInAsync(user);
}
