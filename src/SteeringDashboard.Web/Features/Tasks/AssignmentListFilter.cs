using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Tasks;

/// <summary>The Tasks page's own filters, applied to the assignments already loaded for the plan selection.</summary>
/// <param name="Search">Matched against the task text and unit name in the current language, ignoring case and diacritics.</param>
public sealed record AssignmentListFilter(
    string? Search = null,
    int? TaskNumber = null,
    PlanSection? Section = null,
    int? UnitId = null,
    DeadlineStatus? Status = null)
{
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Search) && TaskNumber is null && Section is null && UnitId is null && Status is null;

    public IReadOnlyList<AssignmentRow> Apply(IEnumerable<AssignmentRow> rows)
    {
        var query = string.IsNullOrWhiteSpace(Search) ? null : SearchText.Fold(Search);
        return rows
            .Where(r => TaskNumber is not { } task || r.TaskNumber == task)
            .Where(r => Section is not { } section || r.Section == section)
            .Where(r => UnitId is not { } unit || r.UnitId == unit)
            .Where(r => Status is not { } status || r.Status == status)
            .Where(r => query is null
                || SearchText.Matches(Bilingual.Pick(r.TaskTextVi, r.TaskTextEn), query)
                || SearchText.Matches(Bilingual.Pick(r.UnitNameVi, r.UnitNameEn), query))
            .ToList();
    }
}
