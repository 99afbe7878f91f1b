using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Plans;

namespace SteeringDashboard.Core.Dashboard;

/// <summary>
/// The dashboard per filter, computed once for every open dashboard with that filter. <see cref="DashboardData"/> is the
/// same for every reader (its victim figures are <see cref="Security.FigureSum"/>s; each reader's disclosure is applied to
/// them on the screen), so one answer serves them all. Its headline figures come from <see cref="HeadlineFigureResults"/>, so a
/// saved task recomputes the progress and the trend, not the figures.
/// </summary>
public sealed class DashboardResults(ChangeNotifier notifier, DashboardQueries queries, HeadlineFigureResults headlines)
    : SharedResults<PlanFilter, DashboardData>(notifier, MaxFilters)
{
    /// <summary>Plans × as-of dates × programmes × unit kinds kept at once; a few kilobytes each.</summary>
    public const int MaxFilters = 256;

    protected override Task<DashboardData?> ComputeAsync(PlanFilter key, CancellationToken cancellationToken) =>
        queries.LoadAsync(key, headlines, cancellationToken);

    /// <summary>
    /// An assignment change of the plan saved on or before the as-of date (Ha Noi): the state as of a date is read from the
    /// history written up to the end of that day, so a later change never alters it. Monthly figures belong to their month,
    /// not to the day they were entered: a figure change affects the headline figures of every date.
    /// </summary>
    protected override bool IsAffectedBy(PlanFilter key, DataChange change) => change.Kind switch
    {
        ChangeKind.Assignment => change.PlanId == key.PlanId && HanoiTime.DateOf(change.AtUtc) <= key.AsOf,
        ChangeKind.IndicatorFigures => true,
        _ => false,
    };
}
