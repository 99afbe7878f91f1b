using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Security;

/// <summary>Identity's periodic cookie check (security stamp), which also refuses an account that may no longer sign in (disabled, locked out).</summary>
public sealed class SteeringSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<SteeringUser> signInManager, ILoggerFactory logger)
    : SecurityStampValidator<SteeringUser>(options, signInManager, logger)
{
    protected override async Task<SteeringUser?> VerifySecurityStamp(ClaimsPrincipal? principal) =>
        await base.VerifySecurityStamp(principal) is { } user && await SignInManager.CanSignInAsync(user) ? user : null;
}
