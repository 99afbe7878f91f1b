using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Components.Privacy;

/// <summary>A figure as the reader may see it: the number, or "&lt; 5" / "hidden" with the reason as its tooltip.</summary>
public sealed partial class DisclosedNumber
{
    /// <summary>The figure, already disclosed for the reader.</summary>
    [Parameter, EditorRequired]
    public DisclosedFigure Figure { get; set; }

    /// <summary>The texts of the current culture and threshold.</summary>
    [Parameter, EditorRequired]
    public FigureTexts Texts { get; set; } = default!;
}
