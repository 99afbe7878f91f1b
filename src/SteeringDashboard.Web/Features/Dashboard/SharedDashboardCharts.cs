using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Dashboard;

/// <summary>
/// The dashboard's charts built once per shared answer and language, not once per open dashboard: every circuit showing
/// the same <see cref="DashboardData"/> (one object per filter, from <see cref="DashboardResults"/>) in the same culture
/// gets the same charts. They hold no victim figure, so they are the same for every reader. Kept as long as the answer is.
/// </summary>
public sealed class SharedDashboardCharts
{
    private readonly ConditionalWeakTable<DashboardData, ConcurrentDictionary<(string Culture, string UiCulture), DashboardCharts>> _charts = [];

    /// <summary>The charts of <paramref name="data"/> in the current culture.</summary>
    public DashboardCharts For(DashboardData data, IStringLocalizer<SharedText> shared, IStringLocalizer<DashboardText> text) =>
        _charts.GetValue(data, _ => new())
            .GetOrAdd((CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name), _ => DashboardCharts.Build(data, shared, text));
}
