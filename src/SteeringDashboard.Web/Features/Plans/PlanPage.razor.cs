using System.Globalization;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Plans;

/// <summary>The selected plan as a document: its sections and numbered tasks, each with its roll-up at the as-of date.</summary>
public partial class PlanPage : IDisposable
{
    private IReadOnlyList<PlanSummary>? _plans;
    private ReviewSelection? _selection;
    private PlanDocument? _document;
    private CancellationTokenSource? _loading;

    [SupplyParameterFromQuery(Name = ReviewSelection.PlanKey)]
    public int? PlanId { get; set; }

    [SupplyParameterFromQuery(Name = ReviewSelection.AsOfKey)]
    public string? AsOf { get; set; }

    [SupplyParameterFromQuery(Name = ReviewSelection.ProgrammeKey)]
    public string? Programme { get; set; }

    [SupplyParameterFromQuery(Name = ReviewSelection.KindKey)]
    public string? Kind { get; set; }

    /// <summary>A section of the plan with its Roman numeral, in the order the plan lists them.</summary>
    private sealed record PlanSectionView(PlanSection Section, string Numeral, IReadOnlyList<PlanTaskItem> Tasks)
    {
        public string HeadingId => $"plan-section-{Section}";
    }

    protected override async Task OnParametersSetAsync()
    {
        // A newer query string supersedes a load still running for an older one.
        if (_loading is not null)
        {
            await _loading.CancelAsync();
            _loading.Dispose();
        }

        _loading = new CancellationTokenSource();
        var cancellation = _loading.Token;
        try
        {
            _plans ??= await Plans.ListAsync(cancellation);
            var selection = ReviewSelection.Resolve(_plans, PlanId, AsOf, Programme, Kind);
            if (selection == _selection && _document is not null)
            {
                return;
            }

            _selection = selection;
            _document = null;
            if (selection is null)
            {
                return;
            }

            var document = await Documents.LoadAsync(selection.Plan.Id, selection.AsOf, cancellation);
            cancellation.ThrowIfCancellationRequested();
            _document = document;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Superseded by a newer load, which renders its own result.
        }
    }

    public void Dispose()
    {
        _loading?.Cancel();
        _loading?.Dispose();
    }

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
