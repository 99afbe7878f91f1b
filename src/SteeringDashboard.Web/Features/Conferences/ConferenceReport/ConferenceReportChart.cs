using System.Globalization;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Web.Components.Charts;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Conferences.ConferenceReport;

/// <summary>A programme's chart in the review report, on screen and in the printed pack.</summary>
internal static class ConferenceReportChart
{
    /// <summary>The programme's headline figures this year and in the same months of the previous year, as the reader may see them.</summary>
    public static ChartSpec Of(ConferenceReportDisplay live, ConferenceReportProgramme programme, FigureTexts texts, string noComparison)
    {
        var totals = programme.Figures.Select(live.Total).ToList();
        var changes = programme.Figures.Select(live.Change).ToList();
        return new ChartSpec
        {
            Labels = [.. programme.Figures.Select(f => Bilingual.Pick(f.NameVi, f.NameEn))],
            Datasets =
            [
                new ChartDataset(
                    live.Content.Figures.Year.ToString(CultureInfo.CurrentCulture),
                    [.. totals.Select(t => t.Value is { } value ? (double)value : (double?)null)],
                    ChartPalette.Blue,
                    HiddenTexts: [.. totals.Select(t => t.IsHidden ? texts.Format(t) : null)]),
                new ChartDataset(
                    live.Content.Figures.PreviousYear.ToString(CultureInfo.CurrentCulture),
                    [.. changes.Select(c => c is null ? (double?)null : c.Previous)],
                    ChartPalette.Orange,
                    HiddenTexts: [.. changes.Select(c => c is null ? noComparison : null)]),
            ],
            HiddenNote = live.HasHiddenFigures ? texts.Note : null,
        };
    }
}
