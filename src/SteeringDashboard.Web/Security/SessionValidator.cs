using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Security;

/// <summary>Whether a signed-in principal's session still stands: within its absolute lifetime, and its account enabled with an unchanged security stamp.</summary>
public sealed class SessionValidator(SignInManager<SteeringUser> signIn, TimeProvider clock, IOptions<SignInSessionOptions> options)
{
    /// <summary>The claim that records when the password was checked, for <see cref="SignInManager{TUser}.SignInWithClaimsAsync"/>.</summary>
    public Claim SignedInNow() =>
        new(SteeringClaims.SignedInAt, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);

    /// <summary>False when the principal has no sign-in time or signed in longer ago than the absolute lifetime.</summary>
    public bool IsWithinLifetime(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(SteeringClaims.SignedInAt), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) < options.Value.AbsoluteLifetime;

    /// <summary>The whole check an open circuit makes: lifetime, account enabled, security stamp as at sign-in.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal) =>
        IsWithinLifetime(principal)
        && await signIn.ValidateSecurityStampAsync(principal) is { } user
        && await signIn.CanSignInAsync(user);
}
