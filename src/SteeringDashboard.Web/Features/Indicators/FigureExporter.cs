using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Privacy;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Indicators;

/// <summary>
/// A figures table as a file: the same <see cref="FiguresView"/> the screen shows for the filter and the reader (hidden
/// victim figures stay hidden), with the filter written above it in the current language.
/// </summary>
public sealed class FigureExporter(
    FigureTableQueries queries,
    IOptions<PrivacyOptions> privacy,
    IStringLocalizer<FiguresText> text,
    IStringLocalizer<SharedText> shared,
    IStringLocalizer<PrivacyText> privacyText,
    TimeProvider clock)
{
    /// <summary>The filter's table for <paramref name="reader"/> as an export table; a missing year means the latest with figures.</summary>
    public async Task<ExportTable> BuildAsync(FigureFilter filter, Actor? reader, CancellationToken cancellationToken = default)
    {
        var options = await queries.LoadOptionsAsync(cancellationToken);
        var data = await queries.LoadAsync(filter, privacy.Value.VictimThreshold, cancellationToken);
        var view = FiguresView.Build(data, FigureDisclosure.For(reader, privacy.Value));
        return ToExportTable(view, options);
    }

    /// <summary>Writes the view: the filter lines, then Programme, Group, Code, Indicator, a column per month and Total.</summary>
    public ExportTable ToExportTable(FiguresView view, FigureFilterOptions options)
    {
        var texts = new FigureTexts(privacyText, privacy.Value.VictimThreshold);
        var describe = new FigureFilterText(text, shared, options);
        var filters = new List<string> { text["ExportTitle"] };
        filters.AddRange(describe.Lines(view.Filter));
        filters.Add(text["ExportedAt", HanoiTime.ToHanoi(clock.GetUtcNow().UtcDateTime).ToString("dd/MM/yyyy HH:mm", CultureInfo.CurrentCulture)]);
        if (options.HasDemoData)
        {
            filters.Add($"{shared["DemoData"]}: {shared["DemoDataNotice"]}");
        }

        if (view.HasHiddenFigures)
        {
            filters.Add(texts.Note);
        }

        List<ExportColumn> columns =
        [
            new(text["Programme"], false),
            new(text["IndicatorGroup"], false),
            new(text["IndicatorCode"], false),
            new(text["Indicator"], false),
            .. view.Months.Select(m => new ExportColumn(view.MonthHeading(m), true)),
            new(text["Total"], true),
        ];
        var rows = view.Rows
            .Select(row => (IReadOnlyList<string>)
            [
                Bilingual.Pick(row.Indicator.ProgrammeNameVi, row.Indicator.ProgrammeNameEn),
                describe.GroupName(row.Indicator.Group),
                row.Indicator.Code,
                Bilingual.Pick(row.Indicator.NameVi, row.Indicator.NameEn),
                .. row.Months.Select(m => Cell(m, texts)),
                Cell(row.Total, texts),
            ])
            .ToList();
        return new ExportTable(filters, columns, rows);
    }

    /// <summary>A number as the invariant digits a spreadsheet reads; a hidden figure as the screen shows it; nothing reported as empty.</summary>
    public static string Cell(DisclosedFigure? figure, FigureTexts texts) => figure switch
    {
        null => string.Empty,
        { Visibility: FigureVisibility.Exact } exact => exact.Value!.Value.ToString(CultureInfo.InvariantCulture),
        { } hidden => texts.Format(hidden),
    };
}
