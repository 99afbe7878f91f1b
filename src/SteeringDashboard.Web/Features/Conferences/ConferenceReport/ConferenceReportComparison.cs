using System.Globalization;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Conferences.ConferenceReport;

/// <summary>One line of the side-by-side comparison: what the frozen pack says and what the live data say now.</summary>
public sealed record ComparisonRow(string Part, string Item, string Frozen, string Live)
{
    public bool Differs => !string.Equals(Frozen, Live, StringComparison.Ordinal);
}

/// <summary>
/// Compares a frozen pack with the live report, both as the reader may see them (a hidden figure compares as its "&lt; 5"
/// text, so the comparison gives nothing away). Programmes, tasks, the missing reports and the texts are listed whole; units
/// only where they differ, so that 46 rows of unchanged units do not hide the changes.
/// </summary>
public sealed class ConferenceReportComparison(IStringLocalizer<ConferenceReportText> text, IStringLocalizer<SharedText> shared, FigureTexts figures)
{
    public IReadOnlyList<ComparisonRow> Compare(ConferenceReportDisplay frozen, ConferenceReportDisplay live)
    {
        var rows = new List<ComparisonRow>();
        foreach (var programme in live.Content.Programmes)
        {
            var part = shared[$"ProgrammeCode.{programme.Code}"].Value;
            var old = frozen.Content.Programmes.FirstOrDefault(p => p.Code == programme.Code);
            rows.Add(new ComparisonRow(part, text["Assignments"], Counts(old?.Counts), Counts(programme.Counts)));
            foreach (var figure in programme.Figures)
            {
                var oldFigure = old?.Figures.FirstOrDefault(f => f.Code == figure.Code);
                rows.Add(new ComparisonRow(
                    part,
                    Bilingual.Pick(figure.NameVi, figure.NameEn),
                    oldFigure is null ? text["Absent"] : figures.Format(frozen.Total(oldFigure)),
                    figures.Format(live.Total(figure))));
            }
        }

        // Units are listed only where they differ (see the class summary).
        var unitRows = new List<ComparisonRow>();
        var frozenUnits = frozen.Content.Districts.Concat(frozen.Content.Agencies).ToDictionary(u => u.UnitId);
        foreach (var unit in live.Content.Districts.Concat(live.Content.Agencies))
        {
            var old = frozenUnits.GetValueOrDefault(unit.UnitId);
            var name = Bilingual.Pick(unit.NameVi, unit.NameEn);
            unitRows.Add(new ComparisonRow(name, text["Assignments"], Counts(old?.Counts), Counts(unit.Counts)));
            foreach (var indicator in live.Content.UnitIndicators)
            {
                unitRows.Add(new ComparisonRow(
                    name,
                    Bilingual.Pick(indicator.NameVi, indicator.NameEn),
                    old is null ? text["Absent"] : Figure(frozen.UnitFigure(old, indicator.Code)),
                    Figure(live.UnitFigure(unit, indicator.Code))));
            }
        }

        rows.AddRange(unitRows.Where(r => r.Differs));

        var frozenTasks = frozen.Content.Tasks.ToDictionary(t => t.TaskNumber);
        var tasks = live.Content.Tasks.Select(task => new ComparisonRow(
            text["TasksHeading"],
            text["TaskNumber", task.TaskNumber],
            Counts(frozenTasks.GetValueOrDefault(task.TaskNumber)?.Counts),
            Counts(task.Counts)));
        rows.AddRange(tasks);

        rows.Add(new ComparisonRow(
            text["MissingHeading"],
            text["MissingCount"],
            Number(frozen.Content.MissingReports.Count),
            Number(live.Content.MissingReports.Count)));

        foreach (var key in ConferenceReportSectionKeys.All)
        {
            rows.Add(new ComparisonRow(text["SectionsHeading"], text[$"Section.{key}"], frozen.Content.Section(key), live.Content.Section(key)));
        }

        return rows;
    }

    private string Counts(DeadlineStatusCounts? counts) => counts is null
        ? text["Absent"]
        : text["CountsSummary", Number(counts.Completed), Number(counts.Assignments), Number(counts.Overdue), Percent(counts.AverageProgress)];

    private string Figure(DisclosedFigure? figure) => figure is { } shown ? figures.Format(shown) : text["NoFigure"];

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A mean progress (0–100) as a percentage with one decimal (98,6% in vi-VN).</summary>
    public static string Percent(double? progress) =>
        progress is { } value ? PercentText.Of(value) : "—";
}
