using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Reports;

/// <summary>The expected-versus-received matrix of a plan as of a date, for all units or one kind.</summary>
public sealed record ReportMatrixKey(int PlanId, DateOnly AsOf, UnitKind? Kind);

/// <summary>The matrix per selection, computed once for every circuit showing it (it names units and states, the same for every reader).</summary>
public sealed class ReportMatrixResults(ChangeNotifier notifier, ReportMatrixQueries queries) : SharedResults<ReportMatrixKey, ReportMatrix>(notifier, MaxMatrices)
{
    /// <summary>Plans × as-of dates × unit kinds kept at once.</summary>
    public const int MaxMatrices = 128;

    protected override async Task<ReportMatrix?> ComputeAsync(ReportMatrixKey key, CancellationToken cancellationToken) =>
        await queries.LoadAsync(key.PlanId, key.AsOf, key.Kind, cancellationToken);

    /// <summary>A report change of the plan saved on or before the as-of date: the matrix reads each report's history up to the end of that day.</summary>
    protected override bool IsAffectedBy(ReportMatrixKey key, DataChange change) =>
        change.Kind == ChangeKind.Report && change.PlanId == key.PlanId && HanoiTime.DateOf(change.AtUtc) <= key.AsOf;
}
