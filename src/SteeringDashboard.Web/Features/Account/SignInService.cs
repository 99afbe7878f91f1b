using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Monitoring;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Account;

/// <summary>
/// What a sign-in step told the person. A wrong password, an unknown name, a disabled and a locked account are all
/// <see cref="Refused"/>, so that none of them can be told apart; the other values name the step that comes next.
/// </summary>
public enum SignInOutcome
{
    SignedIn,
    Refused,

    /// <summary>Too many attempts from this address or for this user name: wait for the window to pass.</summary>
    Throttled,

    /// <summary>The password was right: the authenticator-app code (or a recovery code) comes next.</summary>
    SecondFactorRequired,

    /// <summary>The password was right and the role requires a second factor the account has not set up: enrolment comes next.</summary>
    EnrolmentRequired,

    /// <summary>An administrator set the password: the person chooses a new one before the session starts.</summary>
    NewPasswordRequired,

    /// <summary>No sign-in under way (never started, or its five minutes passed): start again with the password.</summary>
    Expired,
}

/// <summary>An authenticator enrolment in progress: the key to show (as text and as a QR code) and the otpauth URI behind the QR code.</summary>
public sealed record EnrolmentKey(string UserName, string Key, string OtpAuthUri);

/// <summary>
/// Signs a person in step by step: password (counting failures towards the lockout), then the second factor or its
/// enrolment when the role requires one, then a new password when an administrator set the old one. Between steps the
/// account is held in Identity's short-lived two-factor cookie, never in a session; the session cookie is issued only
/// when every step is done. Every attempt and outcome is audited; attempts are throttled per address and user name.
/// </summary>
public sealed class SignInService(
    SignInManager<SteeringUser> signIn,
    UserManager<SteeringUser> users,
    SessionValidator sessions,
    AuditLog audit,
    SignInThrottle throttle,
    SteeringMetrics metrics)
{
    private const string Issuer = "Steering 138/TP";
    private const string SecondFactorPassedClaim = "steering:second-factor-passed";

    public async Task<SignInOutcome> SignInAsync(string userName, string password, string? address, CancellationToken cancellationToken = default)
    {
        var name = userName.Trim();
        if (!throttle.TryAttempt(address, name))
        {
            metrics.SignInFailed("throttled");
            await audit.RecordAsync(AuditEvent.SignInThrottled, null, name, detail: "password", address: address, cancellationToken: cancellationToken);
            return SignInOutcome.Throttled;
        }

        var user = await users.FindByNameAsync(name);
        if (user is null)
        {
            // Hashes anyway, so that an unknown name takes about as long to refuse as a wrong password.
            users.PasswordHasher.HashPassword(new SteeringUser { DisplayName = name }, password);
            metrics.SignInFailed("password");
            await audit.RecordAsync(AuditEvent.SignInFailed, null, name, detail: "unknown user name", address: address, cancellationToken: cancellationToken);
            return SignInOutcome.Refused;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            metrics.SignInFailed("locked_out");
            await audit.RecordAsync(AuditEvent.LockedOut, user.Id, user.UserName, detail: $"until {user.LockoutEnd:O}", address: address, cancellationToken: cancellationToken);
            return SignInOutcome.Refused;
        }

        if (!result.Succeeded)
        {
            metrics.SignInFailed("password");
            await audit.RecordAsync(
                AuditEvent.SignInFailed, user.Id, user.UserName, detail: result.IsNotAllowed ? "account disabled" : "wrong password", address: address, cancellationToken: cancellationToken);
            return SignInOutcome.Refused;
        }

        return await NextStepAsync(user, secondFactorPassed: false, address, cancellationToken);
    }

    /// <summary>Checks a six-digit authenticator code, or else a single-use recovery code, for the account whose password was just checked.</summary>
    public async Task<SignInOutcome> VerifySecondFactorAsync(string code, string? address, CancellationToken cancellationToken = default)
    {
        if (await PendingAsync() is not ({ TwoFactorEnabled: true } user, false))
        {
            return SignInOutcome.Expired;
        }

        if (!throttle.TryAttempt(address, user.UserName ?? user.Id))
        {
            metrics.SignInFailed("throttled");
            await audit.RecordAsync(AuditEvent.SignInThrottled, user.Id, user.UserName, detail: "second factor", address: address, cancellationToken: cancellationToken);
            return SignInOutcome.Throttled;
        }

        var typed = Normalize(code);
        var accepted = !await users.IsLockedOutAsync(user) && (IsAuthenticatorCode(typed)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, typed)
            : typed.Length > 0 && (await users.RedeemTwoFactorRecoveryCodeAsync(user, typed.ToUpperInvariant())).Succeeded);
        if (!accepted)
        {
            return await RefuseCodeAsync(user, address, cancellationToken);
        }

        await users.ResetAccessFailedCountAsync(user);
        return await NextStepAsync(user, secondFactorPassed: true, address, cancellationToken);
    }

    /// <summary>
    /// The authenticator key to enrol, created on the first call and kept until enrolment ends (so that a reload shows the
    /// same QR code); null when no enrolment is under way for the person (<paramref name="signedIn"/> for one who chose to
    /// enrol from their account page, otherwise the account whose password was just checked).
    /// </summary>
    public async Task<EnrolmentKey?> EnrolmentAsync(ClaimsPrincipal? signedIn)
    {
        if (await EnrollingUserAsync(signedIn) is not { } user)
        {
            return null;
        }

        if (await users.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            // Not ResetAuthenticatorKeyAsync: that changes the security stamp, which would end the session of a signed-in person.
            key = users.GenerateNewAuthenticatorKey();
            await users.SetAuthenticationTokenAsync(user, SecondFactorTokens.LoginProvider, SecondFactorTokens.AuthenticatorKey, key);
        }

        var userName = user.UserName ?? user.Id;
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(userName)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        return new EnrolmentKey(userName, key, uri);
    }

    /// <summary>
    /// Turns the second factor on when <paramref name="code"/> comes from the enrolled key, and gives the recovery codes
    /// (shown once). A pending sign-in then goes on to its next step; a signed-in person's session is renewed.
    /// </summary>
    public async Task<(SignInOutcome Outcome, IReadOnlyList<string> RecoveryCodes)> CompleteEnrolmentAsync(
        ClaimsPrincipal? signedIn, string code, string? address, CancellationToken cancellationToken = default)
    {
        if (await EnrollingUserAsync(signedIn) is not { } user)
        {
            return (SignInOutcome.Expired, []);
        }

        if (!throttle.TryAttempt(address, user.UserName ?? user.Id))
        {
            metrics.SignInFailed("throttled");
            await audit.RecordAsync(AuditEvent.SignInThrottled, user.Id, user.UserName, detail: "enrolment", address: address, cancellationToken: cancellationToken);
            return (SignInOutcome.Throttled, []);
        }

        var typed = Normalize(code);
        if (!IsAuthenticatorCode(typed) || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, typed))
        {
            return (signedIn is null ? await RefuseCodeAsync(user, address, cancellationToken) : SignInOutcome.Refused, []);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var recoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, SecondFactor.RecoveryCodeCount))?.ToList() ?? [];
        await audit.RecordAsync(AuditEvent.SecondFactorEnrolled, user.Id, user.UserName, address: address, cancellationToken: cancellationToken);
        if (signedIn is not null)
        {
            await RenewSessionAsync(user, signedIn);
            return (SignInOutcome.SignedIn, recoveryCodes);
        }

        return (await NextStepAsync(user, secondFactorPassed: true, address, cancellationToken), recoveryCodes);
    }

    /// <summary>Sets the new password an administrator's reset asks for, then signs in; the policy's error codes when it is refused.</summary>
    public async Task<(SignInOutcome Outcome, IReadOnlyList<string> Errors)> SetNewPasswordAsync(
        string newPassword, string? address, CancellationToken cancellationToken = default)
    {
        if (await PendingAsync() is not ({ MustChangePassword: true } user, var secondFactorPassed)
            || (!secondFactorPassed && (user.TwoFactorEnabled || await IsSecondFactorRequiredAsync(user))))
        {
            return (SignInOutcome.Expired, []);
        }

        if (await users.CheckPasswordAsync(user, newPassword))
        {
            return (SignInOutcome.Refused, [PasswordChange.SameAsBefore]);
        }

        var errors = await PasswordErrorsAsync(user, newPassword);
        if (errors.Count > 0)
        {
            return (SignInOutcome.Refused, errors);
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, newPassword);
        user.MustChangePassword = false;
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditEvent.PasswordChanged, user.Id, user.UserName, detail: "at sign-in, after an administrator set it", address: address, cancellationToken: cancellationToken);
        return (await NextStepAsync(user, secondFactorPassed: true, address, cancellationToken), []);
    }

    /// <summary>
    /// A signed-in person changes their own password (the current one first). The security stamp changes, so that every
    /// other session of the account ends; this one is renewed.
    /// </summary>
    public async Task<IReadOnlyList<string>> ChangePasswordAsync(
        ClaimsPrincipal principal, string currentPassword, string newPassword, string? address, CancellationToken cancellationToken = default)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return [PasswordChange.NotSignedIn];
        }

        if (!throttle.TryAttempt(address, user.UserName ?? user.Id))
        {
            await audit.RecordAsync(AuditEvent.SignInThrottled, user.Id, user.UserName, detail: "password change", address: address, cancellationToken: cancellationToken);
            return [PasswordChange.Throttled];
        }

        if (!await users.CheckPasswordAsync(user, currentPassword))
        {
            return [PasswordChange.WrongCurrent];
        }

        if (currentPassword == newPassword)
        {
            return [PasswordChange.SameAsBefore];
        }

        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            return result.Errors.Select(e => e.Code).Distinct().ToList();
        }

        await audit.RecordAsync(AuditEvent.PasswordChanged, user.Id, user.UserName, detail: "by the account's owner", address: address, cancellationToken: cancellationToken);
        await RenewSessionAsync(user, principal);
        return [];
    }

    /// <summary>Whether the person on the code, enrolment or new-password step still has a sign-in under way.</summary>
    public async Task<bool> IsPendingAsync() => await PendingAsync() is not null;

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

    private async Task<SignInOutcome> NextStepAsync(SteeringUser user, bool secondFactorPassed, string? address, CancellationToken cancellationToken)
    {
        if (!secondFactorPassed && (user.TwoFactorEnabled || await IsSecondFactorRequiredAsync(user)))
        {
            await HoldAsync(user, secondFactorPassed: false);
            return user.TwoFactorEnabled ? SignInOutcome.SecondFactorRequired : SignInOutcome.EnrolmentRequired;
        }

        if (user.MustChangePassword)
        {
            await HoldAsync(user, secondFactorPassed: true);
            return SignInOutcome.NewPasswordRequired;
        }

        await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        Claim[] claims = user.TwoFactorEnabled ? [sessions.SignedInNow(), new Claim(ClaimTypes.AuthenticationMethod, "mfa")] : [sessions.SignedInNow()];
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, claims);
        await audit.RecordAsync(
            AuditEvent.SignInSucceeded, user.Id, user.UserName, detail: user.TwoFactorEnabled ? "with a second factor" : null, address: address, cancellationToken: cancellationToken);
        return SignInOutcome.SignedIn;
    }

    private async Task<SignInOutcome> RefuseCodeAsync(SteeringUser user, string? address, CancellationToken cancellationToken)
    {
        await users.AccessFailedAsync(user);
        if (await users.IsLockedOutAsync(user))
        {
            // Back to the password: the account is locked for the lockout's duration, and the message says no more than for a wrong password.
            await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
            metrics.SignInFailed("locked_out");
            await audit.RecordAsync(AuditEvent.LockedOut, user.Id, user.UserName, detail: $"until {user.LockoutEnd:O}", address: address, cancellationToken: cancellationToken);
            return SignInOutcome.Expired;
        }

        metrics.SignInFailed("second_factor");
        await audit.RecordAsync(AuditEvent.SignInFailed, user.Id, user.UserName, detail: "wrong second-factor code", address: address, cancellationToken: cancellationToken);
        return SignInOutcome.Refused;
    }

    // Identity's two-factor cookie (five minutes) holds the account between steps; it grants no access to any page.
    private Task HoldAsync(SteeringUser user, bool secondFactorPassed)
    {
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id));
        if (secondFactorPassed)
        {
            identity.AddClaim(new Claim(SecondFactorPassedClaim, "true"));
        }

        return signIn.Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }

    private async Task<(SteeringUser User, bool SecondFactorPassed)?> PendingAsync()
    {
        var held = await signIn.Context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return held.Principal?.FindFirstValue(ClaimTypes.Name) is { } userId
            && await users.FindByIdAsync(userId) is { } user
            && await signIn.CanSignInAsync(user)
            ? (user, held.Principal.HasClaim(SecondFactorPassedClaim, "true"))
            : null;
    }

    private async Task<SteeringUser?> EnrollingUserAsync(ClaimsPrincipal? signedIn)
    {
        var user = signedIn is null
            ? await PendingAsync() is (var pending, false) ? pending : null
            : await users.GetUserAsync(signedIn);
        return user is { TwoFactorEnabled: false } ? user : null;
    }

    private async Task<bool> IsSecondFactorRequiredAsync(SteeringUser user) =>
        (await users.GetRolesAsync(user)).Any(name => Enum.TryParse<SteeringRole>(name, out var role) && SecondFactor.IsRequiredFor(role));

    // The session keeps its sign-in time (the absolute lifetime does not restart) and takes the account's new security stamp.
    private async Task RenewSessionAsync(SteeringUser user, ClaimsPrincipal current)
    {
        List<Claim> claims = [.. current.FindAll(c => c.Type is SteeringClaims.SignedInAt or ClaimTypes.AuthenticationMethod)];
        if (user.TwoFactorEnabled && !claims.Any(c => c.Type == ClaimTypes.AuthenticationMethod))
        {
            claims.Add(new Claim(ClaimTypes.AuthenticationMethod, "mfa"));
        }

        await signIn.SignInWithClaimsAsync(user, isPersistent: false, claims.Select(c => new Claim(c.Type, c.Value, c.ValueType)));
    }

    private async Task<List<string>> PasswordErrorsAsync(SteeringUser user, string password)
    {
        var codes = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            codes.AddRange((await validator.ValidateAsync(users, user, password)).Errors.Select(e => e.Code));
        }

        return codes.Distinct().ToList();
    }

    // Authenticator apps show "123 456"; recovery codes keep their hyphen ("ABCDE-12345").
    private static string Normalize(string code) => string.Concat(code.Where(c => !char.IsWhiteSpace(c)));

    private static bool IsAuthenticatorCode(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);
}

/// <summary>The error codes of a password change beyond the policy's own (<see cref="PasswordPolicy"/>, Identity's PasswordTooShort).</summary>
public static class PasswordChange
{
    public const string WrongCurrent = "CurrentPasswordWrong";
    public const string SameAsBefore = "PasswordSameAsBefore";
    public const string Throttled = "TooManyAttempts";
    public const string NotSignedIn = "NotSignedIn";
}
