using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Features.Admin;

/// <summary>Gives an account a role and, for a unit reporter, a unit. Closes with the account's id once it is saved.</summary>
public sealed partial class AssignRoleDialog : AccountDialog
{
    private IReadOnlyList<UnitName>? _units;
    private SteeringRole _role;
    private int? _unitId;

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

    private Task SaveAsync() => SubmitAsync(caller => Administration.AssignRoleAsync(caller, UserId, _role, _unitId), UserId);
}
