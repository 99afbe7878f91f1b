using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Features.Admin;

/// <summary>Creates an account: user name, full name, role, unit (reporters) and initial password. Closes with the new user name.</summary>
public sealed partial class CreateUserDialog : AccountDialog
{
    private IReadOnlyList<UnitName>? _units;
    private string? _userName;
    private string? _displayName;
    private SteeringRole _role = SteeringRole.CommitteeMember;
    private int? _unitId;
    private string? _password;
    private MudTextField<string>? _userNameField;
    private MudTextField<string>? _displayNameField;
    private PasswordField? _passwordField;

    private string? UserNameError => AccountErrorText.For(AccountField.UserName, Errors, Text);

    private string? DisplayNameError => AccountErrorText.For(AccountField.DisplayName, Errors, Text);

    private string? PasswordError => AccountErrorText.For(AccountField.Password, Errors, Text);

    protected override async Task OnInitializedAsync() => _units = await Administration.UnitsAsync();

    private Task SaveAsync()
    {
        var account = new NewAccount(_userName ?? "", _displayName ?? "", _role, _unitId, _password ?? "");
        return SubmitAsync(caller => Administration.CreateAsync(caller, account), account.UserName.Trim(), FocusFirstErrorAsync);
    }

    private async Task FocusFirstErrorAsync()
    {
        switch (Errors.Select(AccountErrorText.FieldOf).Order().FirstOrDefault())
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
}
