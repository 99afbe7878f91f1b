using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Security;

/// <summary>Adds the display name and the reporter's unit to the principal Identity builds at sign-in.</summary>
public sealed class SteeringClaimsPrincipalFactory(
    UserManager<SteeringUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<SteeringUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SteeringUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(SteeringClaims.DisplayName, user.DisplayName));
        if (user.UnitId is { } unitId)
        {
            identity.AddClaim(new Claim(SteeringClaims.Unit, unitId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
