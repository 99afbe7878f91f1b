using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Dashboard;

/// <summary>
/// What the headline figures depend on: the months counted (every dashboard as of a date in the same month of a plan's year
/// counts the same ones) and the filter's programme and kind of unit.
/// </summary>
public sealed record HeadlineSelection(FigurePeriod Period, ProgrammeCode? Programme, UnitKind? Kind)
{
    public static HeadlineSelection For(PlanSummary plan, PlanFilter filter) =>
        new(FigurePeriod.For(plan, filter.AsOf), filter.Programme, filter.Kind);
}

/// <summary>The headline indicators' totals, and the months they cover (up to the last month with any figure).</summary>
public sealed record HeadlineFigures(FigurePeriod Period, IReadOnlyList<IndicatorTotal> Totals);

/// <summary>
/// The headline figures per selection, shared by every dashboard that shows them. Only monthly figures alter them: a saved
/// task, which makes every live dashboard recompute its progress, finds them here instead of reading them again. Like
/// <see cref="DashboardData"/>, they hold <see cref="Security.FigureSum"/>s; each reader's disclosure is applied on the screen.
/// </summary>
public sealed class HeadlineFigureResults(ChangeNotifier notifier, DashboardQueries queries)
    : SharedResults<HeadlineSelection, HeadlineFigures>(notifier, DashboardResults.MaxFilters)
{
    protected override async Task<HeadlineFigures?> ComputeAsync(HeadlineSelection key, CancellationToken cancellationToken) =>
        await queries.LoadHeadlinesAsync(key, cancellationToken);

    protected override bool IsAffectedBy(HeadlineSelection key, DataChange change) => change.Kind == ChangeKind.IndicatorFigures;
}
