using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Admin;

/// <summary>Gives an account a role and, for a unit reporter, a unit. Closes with the account's id once it is saved.</summary>
public sealed partial class AssignRoleDialog
{
    private IReadOnlyList<UnitName>? _units;
    private SteeringRole _role;
    private int? _unitId;
    private IReadOnlyList<string> _errors = [];
    private string? _refusal;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private UserAdministration Administration { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    /// <summary>The account to change.</summary>
    [Parameter, EditorRequired]
    public string UserId { get; set; } = "";

    /// <summary>The account's role now (preselected); null for an account without one.</summary>
    [Parameter]
    public SteeringRole? Role { get; set; }

    /// <summary>The account's unit now (preselected).</summary>
    [Parameter]
    public int? UnitId { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _role = Role ?? SteeringRole.CommitteeMember;
        _unitId = UnitId;
        _units = await Administration.UnitsAsync();
    }

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            switch (await Administration.AssignRoleAsync(await CurrentUser.CallerAsync(), UserId, _role, _unitId))
            {
                case AccountOutcome.Done:
                    Dialog.Close(DialogResult.Ok(UserId));
                    return;
                case AccountOutcome.Invalid invalid:
                    _errors = invalid.Errors;
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
