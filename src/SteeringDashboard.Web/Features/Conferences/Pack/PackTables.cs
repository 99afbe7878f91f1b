using System.Globalization;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Web.Components.Comparison;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Conferences.Commendations;
using SteeringDashboard.Web.Features.Conferences.ConferenceReport;
using SteeringDashboard.Web.Features.Indicators;

namespace SteeringDashboard.Web.Features.Conferences.Pack;

/// <summary>The tables of the conference pack that can be exported, in the order of the workbook's sheets.</summary>
public enum PackTableKey
{
    Figures = 1,
    Districts,
    Agencies,
    Tasks,
    Missing,
    Agenda,
    Commendations,
}

/// <summary>One table of the pack: which it is, its sheet name in the reader's language, and its lines, columns and rows.</summary>
public sealed record PackTable(PackTableKey Key, string Name, ExportTable Table);

/// <summary>
/// The pack's tables as text in the reader's language, from the same <see cref="PackContent"/> the print view shows: the
/// figures as the version stored them for its audience, or for the reader in the live report (a hidden figure reads "&lt; 5" or
/// "hidden", never its value), counts and figures as invariant numbers a spreadsheet reads, and above each table the
/// conference, the version with its audience and the table's caption.
/// </summary>
public sealed class PackTables(
    IStringLocalizer<PackExportText> text,
    IStringLocalizer<PackPrintText> print,
    IStringLocalizer<ConferenceReportText> review,
    IStringLocalizer<ConferenceText> conference,
    IStringLocalizer<CommendationText> commendation,
    IStringLocalizer<SharedText> shared,
    FigureTexts figures)
{
    /// <summary>Every table of a pack whose review report was found (<see cref="PackContent.Display"/> set).</summary>
    public IReadOnlyList<PackTable> Build(PackContent pack)
    {
        var display = pack.Display ?? throw new ArgumentException("The pack has no review report to export.", nameof(pack));
        var content = display.Content;
        var cutoff = ConferenceFormat.Date(content.CutoffDate);
        var from = ConferenceFormat.Month(content, content.Figures.FromMonth);
        var to = ConferenceFormat.Month(content, content.Figures.ToMonth);
        var heading = Heading(pack, content);
        var hidden = display.HasHiddenFigures;
        return
        [
            Table(PackTableKey.Figures, heading, review["FiguresCaption", from, to], hidden, FigureColumns(content, from, to), FigureRows(display)),
            Table(PackTableKey.Districts, heading, review["DistrictsCaption", cutoff], hidden, UnitColumns(content), UnitRows(display, content.Districts)),
            Table(PackTableKey.Agencies, heading, review["AgenciesCaption", cutoff], hidden, UnitColumns(content), UnitRows(display, content.Agencies)),
            Table(PackTableKey.Tasks, heading, review["TasksCaption", cutoff], false, TaskColumns(), TaskRows(content)),
            Table(PackTableKey.Missing, heading, review["MissingCaption", cutoff], false, MissingColumns(), MissingRows(content)),
            Table(PackTableKey.Agenda, heading, print["AgendaCaption", ConferenceFormat.Date(pack.Detail.Date)], false, AgendaColumns(), AgendaRows(pack.Detail)),
            Table(PackTableKey.Commendations, heading, print["CommendationsCaption", pack.Approved.Count], false, CommendationColumns(), CommendationRows(pack.Approved)),
        ];
    }

    /// <summary>Who presents an agenda item: the unit's name in the reader's language, else the person named.</summary>
    public static string PresenterOf(AgendaRow item) =>
        item.PresenterUnit is { } unit ? Bilingual.Pick(unit.NameVi, unit.NameEn) : item.PresenterName ?? "";

    /// <summary>The lines above every table: the conference, which version of the pack it is, and the demo-data notice.</summary>
    private List<string> Heading(PackContent pack, ConferenceReportContent content)
    {
        List<string> lines =
        [
            text["Title", pack.Detail.Title, ConferenceFormat.Date(pack.Detail.Date)],
            pack.Frozen is { } frozen ? print["FrozenVersion", frozen.Number, ConferenceFormat.Stamp(frozen.FrozenAtUtc), frozen.FrozenBy] : print["LiveVersion"],
        ];
        if (pack.Frozen is { } version)
        {
            lines.Add(version.Audience == PackAudience.Committee ? print["AudienceCommittee"] : print["AudiencePublic"]);
        }

        if (content.HasDemoData)
        {
            lines.Add($"{shared["DemoData"]}: {shared["DemoDataNotice"]}");
        }

        return lines;
    }

    /// <summary>A table with the heading lines, its caption and, where it holds figures some of which are hidden, the note saying why.</summary>
    private PackTable Table(PackTableKey key, List<string> heading, string caption, bool hidesFigures, List<ExportColumn> columns, List<IReadOnlyList<string>> rows)
    {
        List<string> lines = [.. heading, caption];
        if (hidesFigures)
        {
            lines.Add(figures.Note);
        }

        return new PackTable(key, text[$"Sheet.{key}"], new ExportTable(lines, columns, rows));
    }

    private List<ExportColumn> FigureColumns(ConferenceReportContent content, string from, string to) =>
    [
        new(shared["Programme"], false),
        new(review["Indicator"], false),
        new(text["ValueColumn", from, to], true),
        new(text["PreviousColumn", content.Figures.PreviousYear], true),
        new(text["ChangeColumn"], false),
    ];

    private List<IReadOnlyList<string>> FigureRows(ConferenceReportDisplay display) =>
    [
        .. display.Content.Programmes.SelectMany(programme => programme.Figures.Select(figure => (IReadOnlyList<string>)
        [
            shared[$"ProgrammeCode.{programme.Code}"],
            Bilingual.Pick(figure.NameVi, figure.NameEn),
            FigureExporter.Cell(display.Total(figure), figures),
            FigureExporter.Cell(display.Previous(figure), figures),
            ChangeText(display.Change(figure)),
        ])),
    ];

    private List<ExportColumn> UnitColumns(ConferenceReportContent content) =>
    [
        new(shared["Unit"], false),
        .. CountColumns(),
        .. content.UnitIndicators.Select(i => new ExportColumn(Bilingual.Pick(i.NameVi, i.NameEn), true)),
    ];

    private List<IReadOnlyList<string>> UnitRows(ConferenceReportDisplay display, IReadOnlyList<ConferenceReportUnit> units) =>
    [
        .. ConferenceReportUnitTable.InReadingOrder(units).Select(unit => (IReadOnlyList<string>)
        [
            Bilingual.Pick(unit.NameVi, unit.NameEn),
            .. CountCells(unit.Counts),
            .. display.Content.UnitIndicators.Select(i => FigureExporter.Cell(display.UnitFigure(unit, i.Code), figures)),
        ]),
    ];

    private List<ExportColumn> TaskColumns() =>
        [new(text["TaskNumberColumn"], true), new(shared["Task"], false), new(shared["Programme"], false), .. CountColumns()];

    private List<IReadOnlyList<string>> TaskRows(ConferenceReportContent content) =>
    [
        .. content.Tasks.Select(task => (IReadOnlyList<string>)
        [
            Number(task.TaskNumber),
            Bilingual.Pick(task.TextVi, task.TextEn),
            shared[$"ProgrammeCode.{task.Programme}"],
            .. CountCells(task.Counts),
        ]),
    ];

    private List<ExportColumn> MissingColumns() =>
        [new(shared["Unit"], false), new(review["Report"], false), new(shared["DueDate"], false), new(shared["Status"], false)];

    private List<IReadOnlyList<string>> MissingRows(ConferenceReportContent content) =>
    [
        .. content.MissingReports.Select(missing => (IReadOnlyList<string>)
        [
            Bilingual.Pick(missing.UnitNameVi, missing.UnitNameEn),
            Bilingual.Pick(missing.ReportNameVi, missing.ReportNameEn),
            ConferenceFormat.Date(missing.DueDate),
            missing.State == ReportCellState.Returned ? review["Returned"] : review["Missing"],
        ]),
    ];

    private List<ExportColumn> AgendaColumns() =>
    [
        new(conference["Order"], true),
        new(conference["AgendaTitle"], false),
        new(conference["Presenter"], false),
        new(text["DurationColumn"], true),
        new(conference["Documents"], false),
    ];

    private static List<IReadOnlyList<string>> AgendaRows(ConferenceDetail detail) =>
    [
        .. detail.Agenda.Select(item => (IReadOnlyList<string>)
            [Number(item.Position), item.Title, PresenterOf(item), Number(item.DurationMinutes), DocumentNames(item)]),
    ];

    /// <summary>The names of an agenda item's attached documents, in the order they were attached; empty when it has none.</summary>
    public static string DocumentNames(AgendaRow item) => string.Join("; ", item.Documents.Select(d => d.FileName));

    private List<ExportColumn> CommendationColumns() =>
    [
        new(conference["Order"], true),
        new(commendation["Nominee"], false),
        new(commendation["Unit"], false),
        new(commendation["Form"], false),
        new(commendation["Achievement"], false),
    ];

    private List<IReadOnlyList<string>> CommendationRows(IReadOnlyList<CommendationRow> approved) =>
    [
        .. approved.Select((row, index) => (IReadOnlyList<string>)
        [
            Number(index + 1),
            row.NomineeName,
            Bilingual.Pick(row.UnitNameVi, row.UnitNameEn),
            commendation[$"CommendationForm.{row.Form}"],
            row.Achievement,
        ]),
    ];

    /// <summary>The columns of <see cref="DeadlineStatusCountCells"/>, with the mean progress in per cent so that it stays a number.</summary>
    private IEnumerable<ExportColumn> CountColumns() =>
    [
        new(shared["Assignments"], true),
        new(shared["DeadlineStatus.CompletedOnTime"], true),
        new(shared["DeadlineStatus.CompletedLate"], true),
        new(shared["DeadlineStatus.InProgressWithinDeadline"], true),
        new(shared["DeadlineStatus.Overdue"], true),
        new(text["AverageProgressColumn"], true),
    ];

    private static IEnumerable<string> CountCells(DeadlineStatusCounts counts) =>
    [
        Number(counts.Assignments),
        Number(counts.CompletedOnTime),
        Number(counts.CompletedLate),
        Number(counts.InProgressWithinDeadline),
        Number(counts.Overdue),
        counts.AverageProgress is { } progress ? PercentText.Round(progress).ToString(CultureInfo.InvariantCulture) : "",
    ];

    /// <summary>The change in words with the amount <see cref="SamePeriodChangeText"/> shows ("up 12 %"); empty when there is none to show.</summary>
    private string ChangeText(SamePeriodChange? change) => change switch
    {
        null => "",
        { Direction: ChangeDirection.Unchanged } => text["Unchanged"],
        { Direction: ChangeDirection.Up } => text["Up", SamePeriodChangeText.Amount(change)],
        _ => text["Down", SamePeriodChangeText.Amount(change)],
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
