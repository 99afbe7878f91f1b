using System.Text.Json;
using System.Text.Json.Serialization;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Conferences;

/// <summary>
/// Who a frozen pack version is for, chosen by the secretariat when it freezes it. The version stores its figures disclosed
/// for its audience, so every copy of it (print, XLSX, CSV, comparison) is the same document whoever opens it.
/// </summary>
public enum PackAudience
{
    /// <summary>Wider distribution: victim figures from 1 to the threshold − 1 hidden, as from a reader with no right to see them.</summary>
    Public = 1,

    /// <summary>The committee's members: every figure exact; opened only by roles that may <see cref="SteeringAction.ReadCommitteePack"/>.</summary>
    Committee = 2,
}

public static class PackAudiences
{
    /// <summary>How the audience's copy discloses figures: exactly for the committee, as to nobody signed in for the public.</summary>
    public static FigureDisclosure Disclosure(this PackAudience audience, int threshold) => audience == PackAudience.Committee
        ? FigureDisclosure.Unrestricted(threshold)
        : new FigureDisclosure(reader: null, threshold);

    /// <summary>Whether <paramref name="reader"/> may open a version of <paramref name="audience"/> (by the claims: to show or hide links).</summary>
    public static bool MayOpen(Actor? reader, PackAudience audience) =>
        audience == PackAudience.Public || (reader is { } actor && Permissions.Allows(actor, SteeringAction.ReadCommitteePack));
}

/// <summary>
/// The figures of a review report as one audience sees them: each headline's city-wide total and previous-year total (absent:
/// none that year), and each unit's figure per headline indicator (absent: nothing reported). A frozen version stores them so.
/// </summary>
public sealed record ConferenceReportFigures(
    IReadOnlyDictionary<string, DisclosedFigure> Totals,
    IReadOnlyDictionary<string, DisclosedFigure> Previous,
    IReadOnlyDictionary<int, IReadOnlyDictionary<string, DisclosedFigure>> Units)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Whether any figure is hidden from this audience (the report then explains why).</summary>
    [JsonIgnore]
    public bool HasHiddenFigures =>
        Totals.Values.Concat(Previous.Values).Concat(Units.Values.SelectMany(u => u.Values)).Any(f => f.IsHidden);

    /// <summary>Every figure of <paramref name="content"/> disclosed by <paramref name="disclosure"/>.</summary>
    public static ConferenceReportFigures Disclose(ConferenceReportContent content, FigureDisclosure disclosure)
    {
        var sensitive = content.UnitIndicators.ToDictionary(i => i.Code, i => i.IsSensitive);
        var units = content.Districts.Concat(content.Agencies).ToDictionary(
            unit => unit.UnitId,
            unit => (IReadOnlyDictionary<string, DisclosedFigure>)unit.Figures.ToDictionary(
                f => f.Key, f => disclosure.Disclose(sensitive.GetValueOrDefault(f.Key, true), f.Value)));
        var figures = content.Programmes.SelectMany(p => p.Figures).ToList();
        return new ConferenceReportFigures(
            figures.ToDictionary(f => f.Code, f => disclosure.Disclose(f.IsSensitive, f.Value)),
            figures.Where(f => f.PreviousValue is not null).ToDictionary(f => f.Code, f => disclosure.Disclose(f.IsSensitive, f.PreviousValue!)),
            units);
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static ConferenceReportFigures FromJson(string json) =>
        JsonSerializer.Deserialize<ConferenceReportFigures>(json, JsonOptions) ?? throw new JsonException("A frozen pack holds no figures.");
}
