using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Admin;

/// <summary>Sets a new password for an account under the policy. Closes with the account's id once it is saved.</summary>
public sealed partial class ResetPasswordDialog
{
    private string? _password;
    private IReadOnlyList<string> _errors = [];
    private string? _refusal;
    private bool _saving;
    private PasswordField? _passwordField;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private UserAdministration Administration { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    /// <summary>The account whose password is reset.</summary>
    [Parameter, EditorRequired]
    public string UserId { get; set; } = "";

    private string? PasswordError => AccountErrorText.For(AccountField.Password, _errors, L);

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            switch (await Administration.ResetPasswordAsync(await CurrentUser.CallerAsync(), UserId, _password ?? ""))
            {
                case AccountOutcome.Done:
                    Dialog.Close(DialogResult.Ok(UserId));
                    return;
                case AccountOutcome.Invalid invalid:
                    _errors = invalid.Errors;
                    if (_passwordField is not null)
                    {
                        await _passwordField.FocusAsync();
                    }

                    break;
                case AccountOutcome.Forbidden:
                    _refusal = L["Forbidden"];
                    break;
                case AccountOutcome.NotFound:
                    _refusal = L["NotFound"];
                    break;
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private void Cancel() => Dialog.Cancel();
}
