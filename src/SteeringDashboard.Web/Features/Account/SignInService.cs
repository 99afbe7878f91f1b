using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Account;

/// <summary>What a sign-in attempt told the person: nothing more than whether it worked or the account is locked.</summary>
public enum SignInOutcome
{
    SignedIn,
    Refused,
    LockedOut,
}

/// <summary>Checks a password (counting failures towards the lockout), issues the session cookie and audits every attempt and sign-out.</summary>
public sealed class SignInService(
    SignInManager<SteeringUser> signIn, UserManager<SteeringUser> users, SessionValidator sessions, AuditLog audit)
{
    public async Task<SignInOutcome> SignInAsync(string userName, string password, string? address, CancellationToken cancellationToken = default)
    {
        var name = userName.Trim();
        var user = await users.FindByNameAsync(name);
        if (user is null)
        {
            // Hashes anyway, so that an unknown name takes about as long to refuse as a wrong password.
            users.PasswordHasher.HashPassword(new SteeringUser { DisplayName = name }, password);
            await audit.RecordAsync(AuditEvent.SignInFailed, null, name, detail: "unknown user name", address: address, cancellationToken: cancellationToken);
            return SignInOutcome.Refused;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [sessions.SignedInNow()]);
            await audit.RecordAsync(AuditEvent.SignInSucceeded, user.Id, user.UserName, address: address, cancellationToken: cancellationToken);
            return SignInOutcome.SignedIn;
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditEvent.LockedOut, user.Id, user.UserName, detail: $"until {user.LockoutEnd:O}", address: address, cancellationToken: cancellationToken);
            return SignInOutcome.LockedOut;
        }

        await audit.RecordAsync(
            AuditEvent.SignInFailed, user.Id, user.UserName, detail: result.IsNotAllowed ? "account disabled" : "wrong password", address: address, cancellationToken: cancellationToken);
        return SignInOutcome.Refused;
    }

    /// <summary>
    /// Deletes the cookie and changes the account's security stamp, so that a copy of the cookie stops working at its next
    /// check too (within <see cref="SignInSessionOptions.RevalidationInterval"/>); the account's other sessions end with it.
    /// </summary>
    public async Task SignOutAsync(ClaimsPrincipal principal, string? address, CancellationToken cancellationToken = default)
    {
        await signIn.SignOutAsync();
        if (await users.GetUserAsync(principal) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(AuditEvent.SignedOut, user.Id, user.UserName, address: address, cancellationToken: cancellationToken);
        }
    }
}
