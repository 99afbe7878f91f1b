namespace SteeringDashboard.Core.Units;

/// <summary>A district-level unit or a member agency of the Steering Committee.</summary>
public sealed class Unit
{
    public int Id { get; set; }

    /// <summary>Stable short code, unique (e.g. "BA-DINH", "POLICE").</summary>
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public UnitKind Kind { get; set; }

    /// <summary>True for reference data that is a demo stand-in (e.g. the member agency roster).</summary>
    public bool IsDemo { get; set; }

    /// <summary>The person the standing agency contacts about the unit's reports, with a phone and an e-mail (each optional).</summary>
    public string? ContactPerson { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }
}

public enum UnitKind
{
    UrbanDistrict = 1,
    Town = 2,
    RuralDistrict = 3,
    MemberAgency = 4,
    StandingAgency = 5,
}

public static class UnitKindExtensions
{
    public static bool IsDistrictLevel(this UnitKind kind) =>
        kind is UnitKind.UrbanDistrict or UnitKind.Town or UnitKind.RuralDistrict;

    /// <summary>Member agencies including the standing agency (which is a member too).</summary>
    public static bool IsAgency(this UnitKind kind) =>
        kind is UnitKind.MemberAgency or UnitKind.StandingAgency;
}
