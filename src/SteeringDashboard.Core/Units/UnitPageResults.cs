using SteeringDashboard.Core.Live;

namespace SteeringDashboard.Core.Units;

/// <summary>A unit's page as of a date in a plan.</summary>
public sealed record UnitPageKey(int PlanId, string UnitCode, DateOnly AsOf);

/// <summary>
/// Each unit's page, computed once for every circuit showing it. <see cref="UnitDetail"/> holds the unit's figures as read
/// (each reader's disclosure is applied on the screen), so one answer serves every reader.
/// </summary>
public sealed class UnitPageResults(ChangeNotifier notifier, UnitQueries queries) : SharedResults<UnitPageKey, UnitDetail>(notifier, MaxPages)
{
    /// <summary>Units × as-of dates kept at once; a few kilobytes each.</summary>
    public const int MaxPages = 1024;

    protected override Task<UnitDetail?> ComputeAsync(UnitPageKey key, CancellationToken cancellationToken) =>
        queries.LoadAsync(key.PlanId, key.UnitCode, key.AsOf, cancellationToken);

    /// <summary>
    /// Any assignment change of the plan saved on or before the as-of date (another unit's change moves this unit's rank
    /// among its peers), and every figure change (figures belong to their month, not to the day they were entered).
    /// </summary>
    protected override bool IsAffectedBy(UnitPageKey key, DataChange change) => change.Kind switch
    {
        ChangeKind.Assignment => change.PlanId == key.PlanId && HanoiTime.DateOf(change.AtUtc) <= key.AsOf,
        ChangeKind.IndicatorFigures => true,
        _ => false,
    };
}
