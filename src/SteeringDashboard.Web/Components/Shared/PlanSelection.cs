using System.Globalization;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Web.Components.Shared;

/// <summary>
/// The plan, as-of date and filters a screen shows, carried in the URL's query string
/// (plan, asof as yyyy-MM-dd, programme, kind) so that links and reloads keep them.
/// </summary>
public sealed record PlanSelection(PlanSummary Plan, DateOnly AsOf, ProgrammeCode? Programme = null, UnitKind? Kind = null)
{
    public const string PlanKey = "plan";
    public const string AsOfKey = "asof";
    public const string ProgrammeKey = "programme";
    public const string KindKey = "kind";

    public PlanFilter Filter => new(Plan.Id, AsOf, Programme, Kind);

    /// <summary>
    /// The selection the query values name. Missing or unreadable values fall back to the first plan, all programmes and
    /// unit kinds, and <paramref name="today"/> (Ha Noi's date): a screen opened without a date shows the live state and
    /// follows changes; the plan's review date is a preset the filter bar offers.
    /// </summary>
    public static PlanSelection? Resolve(IReadOnlyList<PlanSummary> plans, int? planId, string? asOf, string? programme, string? kind, DateOnly today)
    {
        var plan = plans.FirstOrDefault(p => p.Id == planId) ?? (plans.Count > 0 ? plans[0] : null);
        if (plan is null)
        {
            return null;
        }

        var date = DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : today;
        return new PlanSelection(plan, date, ParseEnum<ProgrammeCode>(programme), ParseEnum<UnitKind>(kind));
    }

    /// <summary>The query string for this selection, e.g. "?plan=1&amp;asof=2018-07-10".</summary>
    public string ToQueryString()
    {
        var parts = new List<string>
        {
            $"{PlanKey}={Plan.Id.ToString(CultureInfo.InvariantCulture)}",
            $"{AsOfKey}={AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
        };
        if (Programme is { } p)
        {
            parts.Add($"{ProgrammeKey}={p}");
        }

        if (Kind is { } k)
        {
            parts.Add($"{KindKey}={k}");
        }

        return "?" + string.Join('&', parts);
    }

    private static T? ParseEnum<T>(string? value)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;
}
