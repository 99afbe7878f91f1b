using System.Globalization;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Components.Privacy;

/// <summary>How figures read in the current culture when some are hidden: the number, "&lt; 5" or "hidden", and why.</summary>
public sealed class FigureTexts(IStringLocalizer<PrivacyText> text, int threshold)
{
    /// <summary>The figure as the table shows it.</summary>
    public string Format(DisclosedFigure figure) => figure.Visibility switch
    {
        FigureVisibility.Exact => figure.Value!.Value.ToString("N0", CultureInfo.CurrentCulture),
        FigureVisibility.BelowThreshold => text["BelowThreshold", threshold].Value,
        _ => text["Withheld"].Value,
    };

    /// <summary>Why a hidden figure is hidden (a tooltip); null for a figure shown exactly.</summary>
    public string? Explanation(DisclosedFigure figure) => figure.Visibility switch
    {
        FigureVisibility.Exact => null,
        FigureVisibility.BelowThreshold => text["BelowThresholdTitle", threshold].Value,
        _ => text["WithheldTitle", threshold].Value,
    };

    /// <summary>The note beside a table or chart that hides figures.</summary>
    public string Note => text["Note", threshold];
}
