using System.Globalization;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Indicators;

/// <summary>A figures filter and its parts in the current language, for the screen's labels and the exported file's header lines.</summary>
public sealed class FigureFilterText(IStringLocalizer<FiguresText> text, IStringLocalizer<SharedText> shared, FigureFilterOptions options)
{
    /// <summary>One line per part of the filter: units, indicators, period.</summary>
    public IReadOnlyList<string> Lines(FigureFilter filter)
    {
        var unit = options.Units.FirstOrDefault(u => string.Equals(u.Code, filter.UnitCode, StringComparison.OrdinalIgnoreCase));
        var lines = new List<string>
        {
            filter.UnitCode is not null
                ? text["FilterUnit", unit is null ? filter.UnitCode : Bilingual.Pick(unit.NameVi, unit.NameEn)]
                : text["FilterUnits", filter.Kind is { } kind ? shared[$"UnitKind.{kind}"] : text["AllUnits"]],
        };
        if (filter.IndicatorCode is not null)
        {
            var indicator = options.Indicators.FirstOrDefault(i => string.Equals(i.Code, filter.IndicatorCode, StringComparison.OrdinalIgnoreCase));
            lines.Add(text["FilterIndicator", indicator is null ? filter.IndicatorCode : Bilingual.Pick(indicator.NameVi, indicator.NameEn)]);
        }

        if (filter.Programme is { } programme)
        {
            lines.Add(text["FilterProgramme", shared[$"ProgrammeCode.{programme}"]]);
        }

        if (filter.Group is { } group)
        {
            lines.Add(text["FilterGroup", GroupName(group)]);
        }

        if (filter.IndicatorCode is null && filter.Programme is null && filter.Group is null)
        {
            lines.Add(text["FilterAllIndicators"]);
        }

        lines.Add(text["FilterPeriod", Month(filter.Year, filter.FromMonth), Month(filter.Year, filter.ToMonth)]);
        return lines;
    }

    public string GroupName(IndicatorGroup group) => group switch
    {
        IndicatorGroup.Communication => text["Group.Communication"],
        IndicatorGroup.Enforcement => text["Group.Enforcement"],
        IndicatorGroup.Victims => text["Group.Victims"],
        IndicatorGroup.InternationalCooperation => text["Group.InternationalCooperation"],
        IndicatorGroup.DrugsAndCrime => text["Group.DrugsAndCrime"],
        _ => group.ToString(),
    };

    private static string Month(int year, int month) => new DateOnly(year, month, 1).ToString("MM/yyyy", CultureInfo.InvariantCulture);
}
