using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Units;

/// <summary>A unit's name as a heading shows it.</summary>
public static class UnitTitle
{
    /// <summary>
    /// Vietnamese names of districts are stored bare ("Ba Đình") and are written with their kind in front
    /// ("Quận Ba Đình", "Thị xã Sơn Tây", "Huyện Ba Vì"); English names already carry it ("Ba Dinh District").
    /// Agencies are named as stored.
    /// </summary>
    public static string Of(UnitName unit, IStringLocalizer<SharedText> shared) =>
        Bilingual.IsVietnamese && unit.Kind.IsDistrictLevel()
            ? $"{shared[$"{nameof(UnitKind)}.{unit.Kind}"]} {unit.NameVi}"
            : Bilingual.Pick(unit.NameVi, unit.NameEn);
}
