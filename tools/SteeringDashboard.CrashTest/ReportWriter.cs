using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Reports;

namespace SteeringDashboard.CrashTest;

/// <summary>
/// Submissions and corrections of one unit's report through POST /reports/{type}/units/{unit}/submit: new figures each time,
/// every other one with an attachment that replaces the attached ones (a report keeps at most 10).
/// </summary>
public sealed class ReportWriter(string name, Random random, int reportTypeId, int unitId, IReadOnlyList<int> indicatorIds) : Writer(name, random)
{
    private readonly List<Submission> _acknowledged = [];
    private Guid? _version;
    private Guid? _versionBefore;
    private List<long> _attached = [];
    private Submission? _inFlight;

    public override string Kind => "report submissions";

    public override int Acknowledged => _acknowledged.Count;

    public override bool InFlight => _inFlight is not null;

    public override async Task PrepareAsync(SteeringDbContext db, CancellationToken cancellationToken)
    {
        var report = await db.UnitReports.Include(r => r.Attachments)
            .SingleOrDefaultAsync(r => r.ReportTypeId == reportTypeId && r.UnitId == unitId, cancellationToken);
        _version = report?.Version;
        _versionBefore = _version;
        _attached = report?.Attachments.Where(a => a.RemovedInHistoryId == null).Select(a => a.Id).ToList() ?? [];
    }

    public override async Task CheckAsync(SteeringDbContext db, StoredFiles files, List<string> failures, CancellationToken cancellationToken)
    {
        var report = await db.UnitReports.Include(r => r.History).Include(r => r.Attachments).Include(r => r.Figures)
            .SingleOrDefaultAsync(r => r.ReportTypeId == reportTypeId && r.UnitId == unitId, cancellationToken);
        foreach (var submission in _acknowledged)
        {
            if (report?.History.SingleOrDefault(h => h.Version == submission.Version) is not { } row)
            {
                failures.Add($"{Name}: the acknowledged submission {submission.Version} has no history row");
                continue;
            }

            CheckRow(report, row, submission, files, failures);
        }

        var lastAcknowledged = _acknowledged.Count > 0 ? _acknowledged[^1].Version : _versionBefore;
        if (report?.Version == lastAcknowledged)
        {
            CheckCurrentFigures(report, _acknowledged.Count > 0 ? _acknowledged[^1] : null, failures);
            return;
        }

        var latest = report?.History.MaxBy(h => h.Id);
        if (_inFlight is null || report is null || latest?.Version != report.Version)
        {
            failures.Add($"{Name}: the report is at version {report?.Version}, which no submission sent in this run produced");
            return;
        }

        var inFlight = _inFlight with { Version = report.Version };
        CheckRow(report, latest, inFlight, files, failures);
        CheckCurrentFigures(report, inFlight, failures);
    }

    protected override async Task WriteOnceAsync(WriterSession session, CancellationToken cancellationToken)
    {
        var figures = indicatorIds.ToDictionary(id => id, _ => Random.Next(0, 50));
        var file = Random.Next(2) == 0 ? NewFile() : null;
        var submission = new Submission(Guid.Empty, figures, file);
        _inFlight = submission;
        var answer = await session.SubmitReportAsync(
            reportTypeId, unitId, _version, $"{Name}: báo cáo kiểm thử", figures, file is null ? [] : [file], file is null ? [] : _attached, cancellationToken);
        _inFlight = null;
        if (IsSaved(answer) && answer.Version is { } saved)
        {
            _acknowledged.Add(submission with { Version = saved });
            _version = saved;
            _attached = AttachmentIds(answer.Body);
        }
        else if (IsConflict(answer))
        {
            _version = answer.Version;
            _attached = AttachmentIds(answer.Body);
        }
        else
        {
            Refused(answer);
        }
    }

    private static List<long> AttachmentIds(string body) =>
        JsonNode.Parse(body)?["attachments"] is JsonArray attachments
            ? attachments.Select(a => a!["id"]!.GetValue<long>()).ToList()
            : [];

    private void CheckRow(UnitReport report, UnitReportHistory row, Submission submission, StoredFiles files, List<string> failures)
    {
        if (row.Figures != ReportFigureText.Format(submission.Figures.Select(f => new ReportFigure(f.Key, f.Value))))
        {
            failures.Add($"{Name}: submission {submission.Version} recorded figures {row.Figures}");
        }

        var added = report.Attachments.Where(a => a.AddedInHistoryId == row.Id).ToList();
        var expected = submission.File is null ? [] : new[] { submission.File.FileName };
        if (!added.Select(a => a.FileName).SequenceEqual(expected))
        {
            failures.Add($"{Name}: submission {submission.Version} attached [{string.Join(", ", added.Select(a => a.FileName))}], [{string.Join(", ", expected)}] was sent");
        }
        else if (submission.File is not null && files.Mismatch(added[0].StoredName, submission.File) is { } mismatch)
        {
            failures.Add($"{Name}: {mismatch}");
        }
    }

    private void CheckCurrentFigures(UnitReport? report, Submission? last, List<string> failures)
    {
        if (report is null || last is null)
        {
            return;
        }

        var stored = report.Figures.OrderBy(f => f.IndicatorId).Select(f => (f.IndicatorId, f.Value));
        if (!stored.SequenceEqual(last.Figures.OrderBy(f => f.Key).Select(f => (f.Key, f.Value))))
        {
            failures.Add($"{Name}: the report's figures are not those of its latest submission {report.Version}");
        }
    }

    private sealed record Submission(Guid Version, IReadOnlyDictionary<int, int> Figures, SentFile? File);
}
