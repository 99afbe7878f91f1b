namespace SteeringDashboard.Core.Plans;

/// <summary>One of the three programmes reviewed by the Steering Committee.</summary>
public sealed class Programme
{
    public int Id { get; set; }
    public ProgrammeCode Code { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
}

public enum ProgrammeCode
{
    CrimePrevention = 1,
    DrugPrevention = 2,
    TraffickingPrevention = 3,
}
