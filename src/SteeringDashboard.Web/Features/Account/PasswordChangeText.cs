using Microsoft.Extensions.Localization;
using SteeringDashboard.Web.Features.Admin;

namespace SteeringDashboard.Web.Features.Account;

/// <summary>The user's-language message of a password change's error code: the account pages' own, else the policy's (shared with the administration).</summary>
public static class PasswordChangeText
{
    /// <summary>The two new-password fields differ (checked by the page, before the service).</summary>
    public const string Mismatch = "NewPasswordsDiffer";

    public static string Message(string code, IStringLocalizer<AccountText> text, IStringLocalizer<AdminText> adminText) => code switch
    {
        Mismatch => text["Error.NewPasswordsDiffer"],
        PasswordChange.WrongCurrent => text["Error.CurrentPasswordWrong"],
        PasswordChange.SameAsBefore => text["Error.PasswordSameAsBefore"],
        PasswordChange.Throttled => text["Throttled"],
        PasswordChange.NotSignedIn => text["Error.NotSignedIn"],
        _ => AccountErrorText.Message(code, adminText),
    };
}
