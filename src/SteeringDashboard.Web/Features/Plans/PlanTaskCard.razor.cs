using System.Globalization;
using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Plans;

/// <summary>One numbered task of the plan: its text, units and dates, and its roll-up at the as-of date.</summary>
public partial class PlanTaskCard
{
    /// <summary>The task with its roll-up.</summary>
    [Parameter, EditorRequired]
    public PlanTaskItem Item { get; set; } = default!;

    /// <summary>The plan selection the roll-up belongs to; links carry it on.</summary>
    [Parameter, EditorRequired]
    public PlanSelection Selection { get; set; } = default!;

    private string HeadingId => $"plan-task-{Item.Number}";

    private string UnitHref(UnitName unit) => $"/units/{Uri.EscapeDataString(unit.Code)}{Selection.ToQueryString()}";

    private static string Name(UnitName unit) => Bilingual.Pick(unit.NameVi, unit.NameEn);

    private static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    private static string Count(int count) => count.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A mean of progress values in percent (0–100), e.g. "47.3%".</summary>
    public static string Percent(double average) => PercentText.Of(average);
}
