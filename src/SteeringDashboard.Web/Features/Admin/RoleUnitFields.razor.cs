using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Admin;

/// <summary>
/// The role of an account as radio buttons and, for a unit reporter, the unit it is bound to (districts first, then
/// agencies, each in the language's collation). Choosing another role than unit reporter clears the unit.
/// </summary>
public sealed partial class RoleUnitFields
{
    [Parameter, EditorRequired]
    public SteeringRole Role { get; set; }

    [Parameter]
    public EventCallback<SteeringRole> RoleChanged { get; set; }

    /// <summary>The unit of a unit reporter; null for the other roles.</summary>
    [Parameter]
    public int? UnitId { get; set; }

    [Parameter]
    public EventCallback<int?> UnitIdChanged { get; set; }

    /// <summary>The units an account can be bound to.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<UnitName> Units { get; set; } = [];

    /// <summary>The codes the last save was refused with; those about the role or unit are shown here.</summary>
    [Parameter]
    public IReadOnlyList<string> Errors { get; set; } = [];

    /// <summary>Makes the ids of the error texts unique on the page.</summary>
    [Parameter, EditorRequired]
    public string IdPrefix { get; set; } = "";

    private string RoleErrorId => $"{IdPrefix}-role-error";

    private string UnitErrorId => $"{IdPrefix}-unit-error";

    private string? RoleError => AccountErrorText.For(AccountField.Role, Errors, Text);

    private string? UnitError => AccountErrorText.For(AccountField.Unit, Errors, Text);

    private IEnumerable<UnitName> OrderedUnits => Units
        .OrderBy(u => u.Kind.IsDistrictLevel() ? 0 : 1)
        .ThenBy(u => Bilingual.Pick(u.NameVi, u.NameEn), Bilingual.NameComparer);

    private async Task ChooseRoleAsync(SteeringRole role)
    {
        await RoleChanged.InvokeAsync(role);
        if (role != SteeringRole.UnitReporter && UnitId is not null)
        {
            await UnitIdChanged.InvokeAsync(null);
        }
    }
}
