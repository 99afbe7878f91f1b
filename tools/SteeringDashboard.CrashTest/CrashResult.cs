using System.Text.Json;

namespace SteeringDashboard.CrashTest;

/// <summary>One kill: how long after the first acknowledged write, what was acknowledged and in flight, what the kill left and the restart removed, what was wrong.</summary>
public sealed record RunResult(
    int Run,
    int KilledAfterFirstAnswerMs,
    IReadOnlyDictionary<string, int> Acknowledged,
    int InFlight,
    int OrphanedFilesLeft,
    int RestartMs,
    IReadOnlyList<string> Failures);

/// <summary>All the runs of the harness.</summary>
public sealed record CrashResult(int Seed, int Runs, int Kills, double DurationSeconds, IReadOnlyList<RunResult> Details)
{
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public int Failures => Details.Sum(r => r.Failures.Count);

    public IReadOnlyDictionary<string, int> Acknowledged =>
        Details.SelectMany(r => r.Acknowledged).GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Sum(a => a.Value));

    public string ToJson() => JsonSerializer.Serialize(
        new { Seed, Runs, Kills, DurationSeconds, Failures, Acknowledged, InFlightAtKill = Details.Sum(r => r.InFlight),
              OrphanedFilesLeftByKills = Details.Sum(r => r.OrphanedFilesLeft), Details },
        Indented);
}
