using System.Globalization;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Plans;

/// <summary>The selected plan as a document: its sections and numbered tasks, each with its roll-up at the as-of date.</summary>
public partial class PlanPage
{
    /// <summary>A section of the plan with its Roman numeral, in the order the plan lists them.</summary>
    private sealed record PlanSectionView(PlanSection Section, string Numeral, IReadOnlyList<PlanTaskItem> Tasks)
    {
        public string HeadingId => $"plan-section-{Section}";
    }

    protected override Task<PlanDocument?> LoadAsync(PlanSelection selection, CancellationToken cancellation) =>
        Documents.LoadAsync(selection.Plan.Id, selection.AsOf, cancellation);

    /// <summary>The sections in the plan's order; a section's numeral is its place in <see cref="PlanSection"/>, as every plan has the same four.</summary>
    private static IEnumerable<PlanSectionView> Sections(PlanDocument document) =>
        document.Tasks
            .GroupBy(t => t.Section)
            .OrderBy(g => g.Key)
            .Select(g => new PlanSectionView(g.Key, RomanNumeral.From((int)g.Key), g.OrderBy(t => t.Number).ToList()));

    private static string? DayDateNote(PlanSummary plan) =>
        plan.DayDateNoteVi is null || plan.DayDateNoteEn is null
            ? plan.DayDateNoteVi ?? plan.DayDateNoteEn
            : Bilingual.Pick(plan.DayDateNoteVi, plan.DayDateNoteEn);

    private static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);
}
