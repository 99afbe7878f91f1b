using System.Diagnostics.Metrics;

namespace SteeringDashboard.Core.Live;

/// <summary>
/// Counts saves refused because they were made from an outdated version (someone else saved the same record first), by what
/// was being saved, on the app's meter: an operator sees how often people edit the same things at once.
/// </summary>
public sealed class SaveConflicts
{
    public const string MeterName = "SteeringDashboard";

    private readonly Counter<long> _conflicts;

    public SaveConflicts(IMeterFactory meters)
    {
        _conflicts = meters.Create(MeterName).CreateCounter<long>(
            "steering.saves.conflicts", "{save}", "Saves refused because someone else saved the same record first (made from an outdated version).");
    }

    public void Record(ChangeKind kind) => _conflicts.Add(1, new KeyValuePair<string, object?>("kind", SaveKinds.NameOf(kind)));
}

/// <summary>The names of what was saved, as the metrics' "kind" label gives them.</summary>
public static class SaveKinds
{
    public static string NameOf(ChangeKind kind) => kind switch
    {
        ChangeKind.Assignment => "assignment",
        ChangeKind.CampaignResult => "campaign_result",
        ChangeKind.IndicatorFigures => "figures",
        ChangeKind.Report => "report",
        ChangeKind.Conference => "conference",
        ChangeKind.Commendation => "commendation",
        _ => "other",
    };
}
