using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Plans;

/// <summary>A task of a plan, as numbered in the plan's text.</summary>
public sealed class PlanTask
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public PlanSection Section { get; set; }

    /// <summary>Number of the task within the whole plan (1-based, as in the source's order).</summary>
    public int Number { get; set; }
    public required string TextVi { get; set; }
    public required string TextEn { get; set; }
    public int ProgrammeId { get; set; }
    public Programme? Programme { get; set; }
    public int? LeadUnitId { get; set; }
    public Unit? LeadUnit { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly DueDate { get; set; }

    public List<PlanTaskCooperatingUnit> CooperatingUnits { get; set; } = [];
    public List<Assignment> Assignments { get; set; } = [];
}

public sealed class PlanTaskCooperatingUnit
{
    public int PlanTaskId { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
}

/// <summary>The sections of a plan: who the plan's text addresses.</summary>
public enum PlanSection
{
    CityWide = 1,
    StandingAgency = 2,
    Districts = 3,
    MemberAgencies = 4,
}
