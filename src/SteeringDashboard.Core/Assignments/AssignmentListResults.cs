using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Plans;

namespace SteeringDashboard.Core.Assignments;

/// <summary>The assignment grid per filter, computed once for every circuit showing it (its rows are the same for every reader).</summary>
public sealed class AssignmentListResults(ChangeNotifier notifier, AssignmentQueries queries)
    : SharedResults<PlanFilter, IReadOnlyList<AssignmentRow>>(notifier, MaxLists)
{
    /// <summary>Filters kept at once; a list holds every assignment of a plan, so keep few.</summary>
    public const int MaxLists = 32;

    protected override async Task<IReadOnlyList<AssignmentRow>?> ComputeAsync(PlanFilter key, CancellationToken cancellationToken) =>
        await queries.ListAsync(key, cancellationToken);

    /// <summary>An assignment change of the plan saved on or before the as-of date: the rows are read from the history up to the end of that day.</summary>
    protected override bool IsAffectedBy(PlanFilter key, DataChange change) =>
        change.Kind == ChangeKind.Assignment && change.PlanId == key.PlanId && HanoiTime.DateOf(change.AtUtc) <= key.AsOf;
}
