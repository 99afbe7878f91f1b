using System.Globalization;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Features.Admin;

/// <summary>The field of an account form that an error code is about, so that its message is shown beside that field.</summary>
public enum AccountField
{
    /// <summary>Not about one field: shown above the form (or the list).</summary>
    Account,
    UserName,
    DisplayName,
    Role,
    Unit,
    Password,
}

/// <summary>The user's-language message for each <see cref="AccountErrors"/> code, and the field it belongs to.</summary>
public static class AccountErrorText
{
    public static AccountField FieldOf(string code) => code switch
    {
        AccountErrors.InvalidUserName or AccountErrors.DuplicateUserName => AccountField.UserName,
        AccountErrors.DisplayNameRequired or AccountErrors.DisplayNameTooLong => AccountField.DisplayName,
        AccountErrors.UnitRequired or AccountErrors.UnitNotAllowed or AccountErrors.UnknownUnit => AccountField.Unit,
        AccountErrors.LastAdministrator => AccountField.Role,
        _ when code.StartsWith("Password", StringComparison.Ordinal) => AccountField.Password,
        _ => AccountField.Account,
    };

    public static string Message(string code, IStringLocalizer<AdminText> text) => code switch
    {
        AccountErrors.InvalidUserName => text["Error.InvalidUserName"],
        AccountErrors.DuplicateUserName => text["Error.DuplicateUserName"],
        AccountErrors.DisplayNameRequired => text["Error.DisplayNameRequired"],
        AccountErrors.DisplayNameTooLong => text["Error.DisplayNameTooLong", Number(AccountErrors.DisplayNameMaxLength)],
        AccountErrors.UnitRequired => text["Error.UnitRequired"],
        AccountErrors.UnitNotAllowed => text["Error.UnitNotAllowed"],
        AccountErrors.UnknownUnit => text["Error.UnknownUnit"],
        AccountErrors.PasswordTooShort => text["Error.PasswordTooShort", Number(PasswordPolicy.MinimumLength)],
        PasswordPolicy.TooLongCode => text["Error.PasswordTooLong", Number(PasswordPolicy.MaximumLength)],
        PasswordPolicy.CommonCode => text["Error.PasswordCommon"],
        PasswordPolicy.ContainsUserNameCode => text["Error.PasswordContainsUserName"],
        AccountErrors.LastAdministrator => text["Error.LastAdministrator"],
        AccountErrors.CannotDisableSelf => text["Error.CannotDisableSelf"],
        _ => text["Error.Other", code],
    };

    /// <summary>The messages of the errors that belong to <paramref name="field"/>, as one text; null when there are none.</summary>
    public static string? For(AccountField field, IReadOnlyList<string> errors, IStringLocalizer<AdminText> text)
    {
        var messages = errors.Where(e => FieldOf(e) == field).Select(e => Message(e, text)).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
