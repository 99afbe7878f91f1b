using Microsoft.AspNetCore.Components;

namespace SteeringDashboard.Web.Features.Admin;

/// <summary>Sets a new password for an account under the policy. Closes with the account's id once it is saved.</summary>
public sealed partial class ResetPasswordDialog : AccountDialog
{
    private string? _password;
    private PasswordField? _passwordField;

    /// <summary>The account whose password is reset.</summary>
    [Parameter, EditorRequired]
    public string UserId { get; set; } = "";

    private string? PasswordError => AccountErrorText.For(AccountField.Password, Errors, Text);

    private Task SaveAsync() =>
        SubmitAsync(caller => Administration.ResetPasswordAsync(caller, UserId, _password ?? ""), UserId, FocusPasswordAsync);

    private async Task FocusPasswordAsync()
    {
        if (_passwordField is not null)
        {
            await _passwordField.FocusAsync();
        }
    }
}
