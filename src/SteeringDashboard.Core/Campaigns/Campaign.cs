using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Campaigns;

/// <summary>A campaign run under a plan (e.g. a peak campaign against trafficking crimes).</summary>
public sealed class Campaign
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public int ProgrammeId { get; set; }
    public Programme? Programme { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public int LeadUnitId { get; set; }
    public Unit? LeadUnit { get; set; }

    public List<CampaignUnit> Participants { get; set; } = [];
    public List<CampaignTarget> Targets { get; set; } = [];
    public List<CampaignResult> Results { get; set; } = [];
}

public sealed class CampaignUnit
{
    public int CampaignId { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
}

/// <summary>The campaign's target for one indicator.</summary>
public sealed class CampaignTarget
{
    public int CampaignId { get; set; }
    public int IndicatorId { get; set; }
    public int Target { get; set; }
}

/// <summary>A unit's result for one of the campaign's indicators.</summary>
public sealed class CampaignResult
{
    public long Id { get; set; }
    public int CampaignId { get; set; }
    public int UnitId { get; set; }
    public int IndicatorId { get; set; }
    public int Value { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public string? UpdatedBy { get; set; }
    public Guid Version { get; set; }
}

/// <summary>One change of a unit's campaign result.</summary>
public sealed class CampaignResultHistory
{
    public long Id { get; set; }
    public long CampaignResultId { get; set; }
    public DateTime ChangedAtUtc { get; set; }
    public required string ChangedBy { get; set; }
    public int? OldValue { get; set; }
    public int NewValue { get; set; }
}
