using System.Data.Common;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Plans;

/// <summary>What a screen shows: a plan, an as-of date, and optionally one programme and one kind of unit. Every screen's queries take it.</summary>
/// <param name="Kind">Null for all units; <see cref="UnitKind.MemberAgency"/> selects every agency including the standing agency.</param>
public sealed record PlanFilter(int PlanId, DateOnly AsOf, ProgrammeCode? Programme = null, UnitKind? Kind = null)
{
    /// <summary>SQL condition on a Units alias for the unit kind filter (parameter @kind).</summary>
    internal static string KindCondition(string unit) =>
        $"(@kind = 0 OR {unit}.Kind = @kind OR (@kind = {(int)UnitKind.MemberAgency} AND {unit}.Kind = {(int)UnitKind.StandingAgency}))";

    /// <summary>SQL condition on a Programmes alias for the programme filter (parameter @programme).</summary>
    internal static string ProgrammeCondition(string programme) => $"(@programme = 0 OR {programme}.Code = @programme)";

    internal DbParameter[] Parameters(SqlDialect dialect, params DbParameter[] more) =>
    [
        dialect.Parameter("@planId", PlanId),
        dialect.Parameter("@asOf", AsOf),
        .. ConditionParameters(dialect, Programme, Kind),
        .. more,
    ];

    /// <summary>The parameters of <see cref="ProgrammeCondition"/> and <see cref="KindCondition"/>: 0 for no filter.</summary>
    internal static DbParameter[] ConditionParameters(SqlDialect dialect, ProgrammeCode? programme, UnitKind? kind) =>
    [
        dialect.Parameter("@programme", (int?)programme ?? 0),
        KindParameter(dialect, kind),
    ];

    /// <summary>The parameter of <see cref="KindCondition"/>: 0 for all units.</summary>
    internal static DbParameter KindParameter(SqlDialect dialect, UnitKind? kind) => dialect.Parameter("@kind", (int?)kind ?? 0);
}
