using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Admin;

/// <summary>Creates an account: user name, full name, role, unit (reporters) and initial password. Closes with the new user name.</summary>
public sealed partial class CreateUserDialog
{
    private IReadOnlyList<UnitName>? _units;
    private string? _userName;
    private string? _displayName;
    private SteeringRole _role = SteeringRole.CommitteeMember;
    private int? _unitId;
    private string? _password;
    private IReadOnlyList<string> _errors = [];
    private bool _saving;
    private bool _forbidden;
    private MudTextField<string>? _userNameField;
    private MudTextField<string>? _displayNameField;
    private PasswordField? _passwordField;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private UserAdministration Administration { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    private string? UserNameError => AccountErrorText.For(AccountField.UserName, _errors, L);

    private string? DisplayNameError => AccountErrorText.For(AccountField.DisplayName, _errors, L);

    private string? PasswordError => AccountErrorText.For(AccountField.Password, _errors, L);

    protected override async Task OnInitializedAsync() => _units = await Administration.UnitsAsync();

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            var account = new NewAccount(_userName ?? "", _displayName ?? "", _role, _unitId, _password ?? "");

            // Creating never answers NotFound: there is no existing account to miss.
            switch (await Administration.CreateAsync(await CurrentUser.CallerAsync(), account))
            {
                case AccountOutcome.Done:
                    Dialog.Close(DialogResult.Ok(account.UserName.Trim()));
                    return;
                case AccountOutcome.Invalid invalid:
                    _errors = invalid.Errors;
                    await FocusFirstErrorAsync();
                    break;
                case AccountOutcome.Forbidden:
                    _forbidden = true;
                    break;
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task FocusFirstErrorAsync()
    {
        switch (_errors.Select(AccountErrorText.FieldOf).Order().FirstOrDefault())
        {
            case AccountField.UserName when _userNameField is not null:
                await _userNameField.FocusAsync();
                break;
            case AccountField.DisplayName when _displayNameField is not null:
                await _displayNameField.FocusAsync();
                break;
            case AccountField.Password when _passwordField is not null:
                await _passwordField.FocusAsync();
                break;
        }
    }

    private void Cancel() => Dialog.Cancel();
}
