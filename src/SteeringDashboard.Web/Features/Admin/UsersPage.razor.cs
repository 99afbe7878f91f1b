using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Admin;

/// <summary>
/// The administrators' list of accounts with each one's role, unit and state, and the actions on them: create, change the
/// role and unit, reset the password or the second factor, disable or enable. The service decides; its refusals are shown in the user's language.
/// </summary>
public sealed partial class UsersPage
{
    private static readonly DialogOptions Options = new()
    {
        MaxWidth = MaxWidth.Small,
        FullWidth = true,
        CloseOnEscapeKey = true,
        DefaultFocus = DefaultFocus.FirstChild,
        BackdropClick = false,
    };

    private IReadOnlyList<UserSummary>? _users;
    private Actor? _me;
    private bool _forbidden;
    private bool _busy;
    private string? _actionError;

    [Inject]
    private UserAdministration Administration { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _me = await CurrentUser.GetAsync();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _users = await Administration.ListAsync(await CurrentUser.CallerAsync());
        _forbidden = _users is null;
    }

    private async Task CreateAsync()
    {
        var dialog = await Dialogs.ShowAsync<CreateUserDialog>(Text["CreateUserTitle"], Options);
        if (await dialog.Result is { Canceled: false, Data: string userName })
        {
            await ConfirmAsync(Text["Created.Message", userName]);
        }
    }

    private async Task AssignRoleAsync(UserSummary user)
    {
        var parameters = new DialogParameters<AssignRoleDialog>
        {
            { d => d.UserId, user.UserId },
            { d => d.Role, user.Role },
            { d => d.UnitId, user.Unit?.Id },
        };
        var dialog = await Dialogs.ShowAsync<AssignRoleDialog>(Text["ChangeRoleTitle", user.UserName], parameters, Options);
        if (await dialog.Result is { Canceled: false })
        {
            await ConfirmAsync(Text["RoleAssigned.Message", user.UserName]);
        }
    }

    private async Task ResetPasswordAsync(UserSummary user)
    {
        var parameters = new DialogParameters<ResetPasswordDialog> { { d => d.UserId, user.UserId } };
        var dialog = await Dialogs.ShowAsync<ResetPasswordDialog>(Text["ResetPasswordTitle", user.UserName], parameters, Options);
        if (await dialog.Result is { Canceled: false })
        {
            await ConfirmAsync(Text["PasswordReset.Message", user.UserName]);
        }
    }

    private async Task ResetSecondFactorAsync(UserSummary user)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Text["ResetSecondFactorConfirmTitle"], Text["ResetSecondFactorConfirmMessage", user.DisplayName], yesText: Text["ResetSecondFactor"], cancelText: Text["Cancel"]);
        if (confirmed == true)
        {
            await ChangeAsync(caller => Administration.ResetSecondFactorAsync(caller, user.UserId), Text["SecondFactorReset.Message", user.UserName]);
        }
    }

    private async Task DisableAsync(UserSummary user)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Text["DisableConfirmTitle"], Text["DisableConfirmMessage", user.DisplayName], yesText: Text["Disable"], cancelText: Text["Cancel"]);
        if (confirmed == true)
        {
            await ChangeAsync(caller => Administration.DisableAsync(caller, user.UserId), Text["Disabled.Message", user.UserName]);
        }
    }

    private async Task EnableAsync(UserSummary user)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Text["EnableConfirmTitle"], Text["EnableConfirmMessage", user.DisplayName], yesText: Text["Enable"], cancelText: Text["Cancel"]);
        if (confirmed == true)
        {
            await ChangeAsync(caller => Administration.EnableAsync(caller, user.UserId), Text["Enabled.Message", user.UserName]);
        }
    }

    private async Task ChangeAsync(Func<Caller, Task<AccountOutcome>> change, string doneMessage)
    {
        _busy = true;
        try
        {
            switch (await change(await CurrentUser.CallerAsync()))
            {
                case AccountOutcome.Done:
                    await ConfirmAsync(doneMessage);
                    break;
                case AccountOutcome.Invalid invalid:
                    _actionError = string.Join(" ", invalid.Errors.Select(code => AccountErrorText.Message(code, Text)));
                    break;
                case AccountOutcome.Forbidden:
                    _forbidden = true;
                    break;
                case AccountOutcome.NotFound:
                    _actionError = Text["NotFound"];
                    await LoadAsync();
                    break;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ConfirmAsync(string message)
    {
        _actionError = null;
        Snackbar.Add(message, Severity.Success);
        await LoadAsync();
    }

    private bool IsMe(UserSummary user) => user.UserId == _me?.UserId;

    private string StateText(UserSummary user) =>
        user.IsDisabled ? Text["StateDisabled"]
        : user.LockedOutUntil is { } until ? Text["LockedOutUntil", AdminNames.HanoiTimeText(until.UtcDateTime)]
        : Text["StateActive"];

    private static string CreatedText(UserSummary user) =>
        HanoiTime.DateOf(user.CreatedAtUtc).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
