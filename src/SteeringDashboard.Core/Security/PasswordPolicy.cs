using Microsoft.AspNetCore.Identity;

namespace SteeringDashboard.Core.Security;

/// <summary>
/// OWASP ASVS 2.1: at least 12 characters, at most 128, no composition rules, and not a commonly used password.
/// Identity checks the minimum; this validator adds the maximum and the blocklist.
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<SteeringUser>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    public const string TooLongCode = "PasswordTooLong";
    public const string CommonCode = "PasswordCommon";
    public const string ContainsUserNameCode = "PasswordContainsUserName";

    private static readonly Lazy<HashSet<string>> Blocklist = new(LoadBlocklist);

    public Task<IdentityResult> ValidateAsync(UserManager<SteeringUser> manager, SteeringUser user, string? password)
    {
        var errors = Check(password ?? string.Empty, user.UserName).Select(code => new IdentityError { Code = code }).ToArray();
        return Task.FromResult(errors.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(errors));
    }

    /// <summary>The policy's own error codes for <paramref name="password"/> (the minimum length is Identity's PasswordTooShort).</summary>
    public static IEnumerable<string> Check(string password, string? userName)
    {
        if (password.Length > MaximumLength)
        {
            yield return TooLongCode;
        }

        if (Blocklist.Value.Contains(password.Trim()))
        {
            yield return CommonCode;
        }

        if (userName is { Length: >= 4 } && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            yield return ContainsUserNameCode;
        }
    }

    private static HashSet<string> LoadBlocklist()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("SteeringDashboard.Core.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim());
            }
        }

        return set;
    }
}
