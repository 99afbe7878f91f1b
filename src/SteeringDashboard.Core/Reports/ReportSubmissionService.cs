using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Reports;

/// <summary>
/// Stores units' reports: a submission, a correction (the received time stays, the history keeps every version) and the
/// standing agency's return for correction. Each write asks the <see cref="AccessGuard"/> first, runs in one IMMEDIATE
/// transaction, refuses a save made from an outdated version, and tells open screens.
/// </summary>
public sealed class ReportSubmissionService(
    IDbContextFactory<SteeringDbContext> factory,
    ChangeNotifier notifier,
    AccessGuard guard,
    FileStore files,
    TimeProvider clock,
    SaveConflicts conflicts)
{
    /// <summary>The unit's report of the type, or null when none was submitted.</summary>
    public async Task<UnitReportSnapshot?> FindAsync(int reportTypeId, int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var report = await WithCurrentContent(db.UnitReports.Include(r => r.ReportType))
            .SingleOrDefaultAsync(r => r.ReportTypeId == reportTypeId && r.UnitId == unitId, cancellationToken);
        return report is null ? null : Snapshot(report, report.ReportType!.DueDate);
    }

    /// <summary>The report's submissions, corrections and returns, oldest first, with the files each attached and removed.</summary>
    public async Task<IReadOnlyList<UnitReportEvent>> HistoryAsync(int unitReportId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.UnitReportHistory.Where(h => h.UnitReportId == unitReportId).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        var files = await db.UnitReportAttachments.Where(a => a.UnitReportId == unitReportId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return rows.Select(h => new UnitReportEvent(
                h.Id, h.ChangedAtUtc, h.ChangedBy, h.Change, h.Summary, h.Figures, h.Reason, h.Version,
                files.Where(a => a.AddedInHistoryId == h.Id).Select(Info).ToList(),
                files.Where(a => a.RemovedInHistoryId == h.Id).Select(Info).ToList()))
            .ToList();
    }

    /// <inheritdoc cref="SubmitAsync(Caller, int, int, string?, IReadOnlyList{ReportFigure}, Guid?, ReportAttachmentChanges, CancellationToken)"/>
    public Task<SubmitOutcome> SubmitAsync(
        Caller caller,
        int reportTypeId,
        int unitId,
        string? summary,
        IReadOnlyList<ReportFigure> figures,
        Guid? expectedVersion,
        CancellationToken cancellationToken = default) =>
        SubmitAsync(caller, reportTypeId, unitId, summary, figures, expectedVersion, ReportAttachmentChanges.None, cancellationToken);

    /// <summary>
    /// Submits the unit's report, resubmits it after a return, or corrects it; <paramref name="expectedVersion"/> is the
    /// version the submitter loaded (null when it saw no report). Figures replace the report's figures as a whole;
    /// <paramref name="attachments"/> adds files (kept only if the save succeeds) and removes attached ones, in the same
    /// transaction and history row. A refused or invalid submission reads no file and keeps none.
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(
        Caller caller,
        int reportTypeId,
        int unitId,
        string? summary,
        IReadOnlyList<ReportFigure> figures,
        Guid? expectedVersion,
        ReportAttachmentChanges attachments,
        CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var type = await db.ReportTypes.Where(t => t.Id == reportTypeId)
            .Select(t => new
            {
                t.PlanId,
                t.DueDate,
                // Only those that apply to the unit's kind: a figure for another is refused like one the report does not carry.
                Indicators = t.Indicators
                    .Where(i => i.Indicator!.UnitKinds.Count == 0 || i.Indicator.UnitKinds.Any(k => db.Units.Any(u => u.Id == unitId && u.Kind == k.Kind)))
                    .Select(i => i.IndicatorId).ToList(),
                Owed = t.ExpectedReports.Any(e => e.UnitId == unitId),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (type is null || !await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            return new SubmitOutcome.NotFound();
        }

        // Checked before the write transaction begins: a refusal writes its audit entry in a transaction of its own.
        var actor = await guard.AuthorizeAsync(caller, SteeringAction.SubmitReport, unitId, TargetOf(reportTypeId, unitId), cancellationToken);
        if (actor is null)
        {
            return new SubmitOutcome.Forbidden();
        }

        var errors = ValidateSubmission(summary, figures, type.Indicators, type.Owed);
        if (attachments.Add.Count > UnitReport.MaxAttachments)
        {
            errors.Add(ReportError.TooManyAttachments);
        }

        if (errors.Count > 0)
        {
            return new SubmitOutcome.Invalid(errors);
        }

        using var pending = new PendingFiles(files);
        var fileErrors = (await pending.SaveAsync(attachments.Add, cancellationToken))
            .Select(r => new AttachmentError(r.FileName, AttachmentErrorOf(r.Error)))
            .ToList();
        if (fileErrors.Count > 0)
        {
            return new SubmitOutcome.Invalid([.. fileErrors.Select(e => e.Error).Distinct()], fileErrors);
        }

        return await SaveSubmissionAsync(
            db, actor, reportTypeId, unitId, type.PlanId, type.DueDate, summary!.Trim(), figures, expectedVersion, attachments.Remove, pending, cancellationToken);
    }

    private async Task<SubmitOutcome> SaveSubmissionAsync(
        SteeringDbContext db,
        Actor actor,
        int reportTypeId,
        int unitId,
        int planId,
        DateOnly dueDate,
        string text,
        IReadOnlyList<ReportFigure> figures,
        Guid? expectedVersion,
        IReadOnlyList<long> remove,
        PendingFiles added,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var report = await WithCurrentContent(db.UnitReports)
            .SingleOrDefaultAsync(r => r.ReportTypeId == reportTypeId && r.UnitId == unitId, cancellationToken);
        if (report?.Version != expectedVersion)
        {
            conflicts.Record(ChangeKind.Report);
            return new SubmitOutcome.Conflict(report is null ? null : Snapshot(report, dueDate));
        }

        var attached = report?.Attachments ?? [];
        var attachmentErrors = new List<ReportError>();
        if (remove.Any(id => attached.All(a => a.Id != id)))
        {
            attachmentErrors.Add(ReportError.AttachmentNotOnReport);
        }

        if (attached.Count(a => !remove.Contains(a.Id)) + added.Files.Count > UnitReport.MaxAttachments)
        {
            attachmentErrors.Add(ReportError.TooManyAttachments);
        }

        if (attachmentErrors.Count > 0)
        {
            return new SubmitOutcome.Invalid(attachmentErrors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var change = report?.State switch
        {
            null or UnitReportState.Returned => UnitReportChange.Submitted,
            _ => UnitReportChange.Corrected,
        };
        if (report is null)
        {
            report = new UnitReport
            {
                ReportTypeId = reportTypeId,
                UnitId = unitId,
                Summary = text,
                SubmittedBy = actor.DisplayName,
            };
            db.UnitReports.Add(report);
        }

        if (change == UnitReportChange.Submitted)
        {
            report.SubmittedAtUtc = now;
            report.SubmittedBy = actor.DisplayName;
        }

        report.Summary = text;
        report.State = UnitReportState.Submitted;
        report.ReturnReason = null;
        report.UpdatedAtUtc = now;
        report.Version = Guid.NewGuid();
        ReplaceFigures(report, figures);
        var row = new UnitReportHistory
        {
            ChangedAtUtc = now,
            ChangedBy = actor.DisplayName,
            Change = change,
            Summary = text,
            Figures = ReportFigureText.Format(figures),
            Version = report.Version,
        };
        report.History.Add(row);
        foreach (var removed in report.Attachments.Where(a => remove.Contains(a.Id)))
        {
            removed.RemovedIn = row;
        }

        foreach (var file in added.Files)
        {
            report.Attachments.Add(new UnitReportAttachment
            {
                AddedIn = row,
                FileName = file.FileName,
                ContentType = file.ContentType,
                SizeBytes = file.SizeBytes,
                StoredName = file.StoredName,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        added.Commit();

        Publish(planId, unitId, now, actor.DisplayName);
        return new SubmitOutcome.Submitted(Snapshot(report, dueDate), change);
    }

    /// <summary>Returns a submitted report to its unit for correction, with a reason the unit will read.</summary>
    public async Task<ReturnOutcome> ReturnAsync(
        Caller caller, int unitReportId, string? reason, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var target = await db.UnitReports.Where(r => r.Id == unitReportId).Select(r => new { r.UnitId, r.ReportType!.PlanId })
            .SingleOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return new ReturnOutcome.NotFound();
        }

        var actor = await guard.AuthorizeAsync(
            caller, SteeringAction.ReturnReport, target.UnitId, $"report {unitReportId.ToString(CultureInfo.InvariantCulture)}", cancellationToken);
        if (actor is null)
        {
            return new ReturnOutcome.Forbidden();
        }

        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return new ReturnOutcome.Invalid([ReportError.ReasonRequired]);
        }

        if (text.Length > UnitReport.ReturnReasonMaxLength)
        {
            return new ReturnOutcome.Invalid([ReportError.ReasonTooLong]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var report = await WithCurrentContent(db.UnitReports.Include(r => r.ReportType)).SingleAsync(r => r.Id == unitReportId, cancellationToken);
        if (report.Version != expectedVersion)
        {
            conflicts.Record(ChangeKind.Report);
            return new ReturnOutcome.Conflict(Snapshot(report, report.ReportType!.DueDate));
        }

        if (report.State == UnitReportState.Returned)
        {
            return new ReturnOutcome.Invalid([ReportError.AlreadyReturned]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        report.State = UnitReportState.Returned;
        report.ReturnReason = text;
        report.UpdatedAtUtc = now;
        report.Version = Guid.NewGuid();
        report.History.Add(new UnitReportHistory
        {
            ChangedAtUtc = now,
            ChangedBy = actor.DisplayName,
            Change = UnitReportChange.Returned,
            Reason = text,
            Version = report.Version,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Publish(target.PlanId, target.UnitId, now, actor.DisplayName);
        return new ReturnOutcome.Returned(Snapshot(report, report.ReportType!.DueDate));
    }

    private static List<ReportError> ValidateSubmission(
        string? summary, IReadOnlyList<ReportFigure> figures, IReadOnlyList<int> indicators, bool owed)
    {
        var errors = new List<ReportError>();
        if (!owed)
        {
            errors.Add(ReportError.UnitDoesNotOweReport);
        }

        var text = summary?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(ReportError.SummaryRequired);
        }
        else if (text.Length > UnitReport.SummaryMaxLength)
        {
            errors.Add(ReportError.SummaryTooLong);
        }

        if (figures.Any(f => f.Value < 0))
        {
            errors.Add(ReportError.FigureNegative);
        }

        if (figures.Any(f => !indicators.Contains(f.IndicatorId)))
        {
            errors.Add(ReportError.IndicatorNotInReport);
        }

        if (figures.Select(f => f.IndicatorId).Distinct().Count() != figures.Count)
        {
            errors.Add(ReportError.IndicatorRepeated);
        }

        return errors;
    }

    private static void ReplaceFigures(UnitReport report, IReadOnlyList<ReportFigure> figures)
    {
        report.Figures.RemoveAll(f => figures.All(n => n.IndicatorId != f.IndicatorId));
        foreach (var figure in figures)
        {
            var stored = report.Figures.SingleOrDefault(f => f.IndicatorId == figure.IndicatorId);
            if (stored is null)
            {
                report.Figures.Add(new UnitReportFigure { IndicatorId = figure.IndicatorId, Value = figure.Value });
            }
            else
            {
                stored.Value = figure.Value;
            }
        }
    }

    /// <summary>The report with its figures and the files attached now (a removed file stays in the store for the history).</summary>
    private static IQueryable<UnitReport> WithCurrentContent(IQueryable<UnitReport> reports) =>
        reports.Include(r => r.Figures).Include(r => r.Attachments.Where(a => a.RemovedInHistoryId == null)).AsSplitQuery();

    private static ReportError AttachmentErrorOf(FileError error) => error switch
    {
        FileError.TooLarge => ReportError.AttachmentTooLarge,
        FileError.Empty => ReportError.AttachmentEmpty,
        _ => ReportError.AttachmentTypeNotAllowed,
    };

    private static ReportAttachmentInfo Info(UnitReportAttachment a) => new(a.Id, a.FileName, a.ContentType, a.SizeBytes);

    private static string TargetOf(int reportTypeId, int unitId) =>
        string.Create(CultureInfo.InvariantCulture, $"report type {reportTypeId} unit {unitId}");

    private void Publish(int planId, int unitId, DateTime atUtc, string changedBy) =>
        _ = notifier.Publish(new DataChange(ChangeKind.Report, planId, [unitId], atUtc, changedBy));

    private static UnitReportSnapshot Snapshot(UnitReport r, DateOnly dueDate) => new(
        r.Id,
        r.ReportTypeId,
        r.UnitId,
        r.State,
        r.Summary,
        r.SubmittedAtUtc,
        r.SubmittedBy,
        ReportDeadline.IsLate(r.SubmittedAtUtc, dueDate),
        r.ReturnReason,
        r.Version,
        r.Figures.OrderBy(f => f.IndicatorId).Select(f => new ReportFigure(f.IndicatorId, f.Value)).ToList(),
        r.Attachments.Where(a => a.RemovedInHistoryId is null && a.RemovedIn is null).OrderBy(a => a.Id).Select(Info).ToList());
}
