using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Indicators;

/// <summary>A figure that units report monthly (e.g. victims received).</summary>
public sealed class Indicator
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public int ProgrammeId { get; set; }
    public Programme? Programme { get; set; }
    public IndicatorGroup Group { get; set; }
    public int SortOrder { get; set; }

    /// <summary>Victim figures: small counts may be suppressed for roles that do not need them.</summary>
    public bool IsSensitive { get; set; }

    /// <summary>Shown as a KPI card on the dashboard.</summary>
    public bool IsHeadline { get; set; }

    /// <summary>The kinds of unit that report this indicator; none listed means every kind.</summary>
    public List<IndicatorUnitKind> UnitKinds { get; set; } = [];
}

/// <summary>A kind of unit an indicator applies to: a report form asks units of other kinds nothing about it.</summary>
public sealed class IndicatorUnitKind
{
    public int IndicatorId { get; set; }
    public UnitKind Kind { get; set; }
}

public enum IndicatorGroup
{
    Communication = 1,
    Enforcement = 2,
    Victims = 3,
    InternationalCooperation = 4,
    DrugsAndCrime = 5,
}

/// <summary>An indicator's value for one unit and one month.</summary>
public sealed class IndicatorValue
{
    public long Id { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public int Value { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Who saved the value last (display name); null for values loaded before authors were recorded.</summary>
    public string? UpdatedBy { get; set; }

    public Guid Version { get; set; }
}

/// <summary>How a monthly value was written.</summary>
public enum FigureChangeSource
{
    Entry = 1,
    Import = 2,
}

/// <summary>
/// One write of a unit's monthly value, kept in an append-only table (the store refuses updates and deletes): the value before
/// (null when the month had none) and after, who wrote it and when (UTC), and whether by entry or import.
/// </summary>
public sealed class IndicatorValueChange
{
    public long Id { get; set; }
    public int IndicatorId { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public int? OldValue { get; set; }
    public int NewValue { get; set; }
    public DateTime ChangedAtUtc { get; set; }
    public string UserId { get; set; } = "";

    /// <summary>The display name of the account at the time.</summary>
    public string ChangedBy { get; set; } = "";

    public FigureChangeSource Source { get; set; }
}
