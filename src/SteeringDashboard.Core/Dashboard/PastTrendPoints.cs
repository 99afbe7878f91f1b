using System.Collections.Concurrent;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Dashboard;

/// <summary>
/// The dashboard trend's points for days that have ended in Ha Noi, kept for good. A saved change is stamped with the time
/// it is saved, and due dates are not edited once a plan is seeded, so nothing saved later alters the state at the end of
/// a past day: only the point of today (the live view's as-of point) is read again after a change, one point instead of
/// one per week of the plan. A point the filter has no assignments for is kept as null (nothing to draw).
/// </summary>
internal sealed class PastTrendPoints
{
    /// <summary>
    /// Far more than plans × programmes × kinds × weeks of a plan; a long-running server shown many distinct past as-of dates
    /// starts again from empty rather than grow without bound.
    /// </summary>
    private const int MaxPoints = 200_000;

    private readonly ConcurrentDictionary<(int PlanId, ProgrammeCode? Programme, UnitKind? Kind, DateOnly Date), TrendPoint?> _points = new();

    public bool TryGet(PlanFilter filter, DateOnly date, out TrendPoint? point) =>
        _points.TryGetValue((filter.PlanId, filter.Programme, filter.Kind, date), out point);

    public void Keep(PlanFilter filter, DateOnly date, TrendPoint? point)
    {
        if (_points.Count >= MaxPoints)
        {
            _points.Clear();
        }

        _points[(filter.PlanId, filter.Programme, filter.Kind, date)] = point;
    }
}
