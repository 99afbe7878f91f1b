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

    public static string Message(string code, IStringLocalizer<AdminText> L) => code switch
    {
        AccountErrors.InvalidUserName => L["Error.InvalidUserName"],
        AccountErrors.DuplicateUserName => L["Error.DuplicateUserName"],
        AccountErrors.DisplayNameRequired => L["Error.DisplayNameRequired"],
        AccountErrors.DisplayNameTooLong => L["Error.DisplayNameTooLong", Number(AccountErrors.DisplayNameMaxLength)],
        AccountErrors.UnitRequired => L["Error.UnitRequired"],
        AccountErrors.UnitNotAllowed => L["Error.UnitNotAllowed"],
        AccountErrors.UnknownUnit => L["Error.UnknownUnit"],
        AccountErrors.PasswordTooShort => L["Error.PasswordTooShort", Number(PasswordPolicy.MinimumLength)],
        PasswordPolicy.TooLongCode => L["Error.PasswordTooLong", Number(PasswordPolicy.MaximumLength)],
        PasswordPolicy.CommonCode => L["Error.PasswordCommon"],
        PasswordPolicy.ContainsUserNameCode => L["Error.PasswordContainsUserName"],
        AccountErrors.LastAdministrator => L["Error.LastAdministrator"],
        AccountErrors.CannotDisableSelf => L["Error.CannotDisableSelf"],
        _ => L["Error.Other", code],
    };

    /// <summary>The messages of the errors that belong to <paramref name="field"/>, as one text; null when there are none.</summary>
    public static string? For(AccountField field, IReadOnlyList<string> errors, IStringLocalizer<AdminText> L)
    {
        var messages = errors.Where(e => FieldOf(e) == field).Select(e => Message(e, L)).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
