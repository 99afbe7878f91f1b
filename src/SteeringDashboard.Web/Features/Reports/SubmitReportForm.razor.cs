using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using SteeringDashboard.Core.Files;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Web.Features.Assignments;
using SteeringDashboard.Web.Files;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>
/// Submits a unit's report, resubmits it after a return, or corrects it: the summary, one figure per indicator of the
/// report and the attached files. Files are read as they are chosen (with their progress) and sent with the submission;
/// the service's rules decide, and each refusal is shown beside its field. While the user has not typed anything, the
/// form follows the report as it changes elsewhere; once they have, their input stays, and a save from the older
/// version shows who changed what and lets them save theirs over it or drop it.
/// </summary>
public sealed partial class SubmitReportForm : IDisposable
{
    private readonly Dictionary<int, int?> _values = [];

    /// <summary>The figures a new report starts from, taken from the unit's monthly figures, by indicator.</summary>
    private readonly Dictionary<int, int> _prefilled = [];
    private readonly HashSet<long> _remove = [];
    private readonly List<ChosenFile> _files = [];
    private ReportDetail? _shown;
    private UnitReportSnapshot? _base;
    private string? _summary;
    private bool _dirty;
    private bool _saving;
    private bool _forbidden;
    private bool _notFound;
    private string? _received;
    private IReadOnlyList<ReportError> _errors = [];
    private IReadOnlyList<AttachmentError> _fileErrors = [];
    private IReadOnlySet<int> _missing = new HashSet<int>();
    private IReadOnlyList<ReportHistoryRow>? _conflict;
    private UnitReportSnapshot? _conflictCurrent;
    private MudTextField<string>? _summaryField;

    [Inject]
    private ReportSubmissionService Submissions { get; set; } = default!;

    [Inject]
    private FileStore Evidence { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The report type, the unit and the report as last loaded.</summary>
    [Parameter, EditorRequired]
    public ReportDetail Detail { get; set; } = default!;

    /// <summary>How figures read for the signed-in person (for the changes a conflict lists).</summary>
    [Parameter, EditorRequired]
    public ReportFigureDisplay Display { get; set; } = default!;

    /// <summary>A submission (or a resubmission after a return) rather than a correction: it sets the received time.</summary>
    private bool IsCorrection => _base is { State: UnitReportState.Submitted };

    /// <summary>Saved now, the report would be received after its due date ended.</summary>
    private bool WillBeLate => !IsCorrection && ReportDeadline.IsLate(Clock.GetUtcNow().UtcDateTime, Detail.Type.DueDate);

    private IReadOnlyList<ReportAttachmentInfo> StoredFiles => _base?.Attachments ?? [];

    private bool IsReading => _files.Any(f => f.Content is null && f.Error is null);

    private bool HasErrors => _errors.Count > 0 || _missing.Count > 0 || _files.Any(f => f.Error is not null);

    private string MaxFileSize => FileSizeText.Format(Evidence.MaxBytes, AssignmentsText);

    private string FileHint => Text["FilesHint", MaxFileSize, UnitReport.MaxAttachments];

    private string? SummaryError => ReportErrors.For(ReportField.Summary, _errors, Text, MaxFileSize);

    private string? FormError => ReportErrors.For(ReportField.Form, _errors, Text, MaxFileSize);

    /// <summary>The service's verdict on the files, naming each file it refused.</summary>
    private string? AttachmentsError
    {
        get
        {
            var named = _fileErrors.Select(e => Text["FileRefused", e.FileName, ReportErrors.Message(e.Error, Text, MaxFileSize)].Value);
            var general = _errors.Where(e => ReportErrors.FieldOf(e) == ReportField.Attachments && _fileErrors.All(f => f.Error != e))
                .Select(e => ReportErrors.Message(e, Text, MaxFileSize));
            var messages = named.Concat(general).ToList();
            return messages.Count == 0 ? null : string.Join(" ", messages);
        }
    }

    private string FilesDescribedBy => AttachmentsError is null ? "report-files-hint" : "report-files-hint report-files-error";

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(Detail, _shown))
        {
            return;
        }

        _shown = Detail;
        // The user's input stays while they edit or while a conflict is shown; otherwise the form follows the store.
        if (!_dirty && _conflict is null)
        {
            Show(Detail.Report);
        }
    }

    private void Show(UnitReportSnapshot? report)
    {
        _base = report;
        _summary = report?.Summary;
        _values.Clear();
        _prefilled.Clear();
        foreach (var indicator in Detail.Indicators)
        {
            _values[indicator.Id] = report?.Figures.FirstOrDefault(f => f.IndicatorId == indicator.Id)?.Value;

            // A report not yet sent starts from what the unit already entered month by month; the user may change it.
            if (report is null && Display.MonthlyTotal(indicator.Id) is { } total)
            {
                _values[indicator.Id] = total;
                _prefilled[indicator.Id] = total;
            }
        }

        _remove.Clear();
        _dirty = false;
    }

    private void SummaryChanged(string? value)
    {
        _summary = value;
        Edited();
    }

    private void FigureChanged(int indicatorId, int? value)
    {
        _values[indicatorId] = value;
        _missing = _missing.Where(id => id != indicatorId).ToHashSet();
        Edited();
    }

    private void Edited()
    {
        _dirty = true;
        _received = null;
    }

    /// <summary>Where the figure came from while it is the prefilled one; the usual hint otherwise.</summary>
    private string FigureHelp(int indicatorId) =>
        _prefilled.TryGetValue(indicatorId, out var total) && _values.GetValueOrDefault(indicatorId) == total
            ? Text["FigurePrefilled", ReportFormats.Months(Detail.Type.PeriodStart, Detail.Type.PeriodEnd)]
            : Text["FigureHelp"];

    private string? FigureError(int indicatorId)
    {
        if (_missing.Contains(indicatorId))
        {
            return Text["ErrorFigureRequired"];
        }

        return _values.GetValueOrDefault(indicatorId) < 0 ? ReportErrors.For(ReportField.Figures, _errors, Text, MaxFileSize) : null;
    }

    /// <summary>
    /// Reads each chosen file now, one after the other, to a temporary file (showing its progress); a file over the limit, or one
    /// that would take the chosen files together over the form's total, is named at once and not read.
    /// </summary>
    private async Task FilesChosenAsync(IReadOnlyList<IBrowserFile>? files)
    {
        Edited();
        _fileErrors = [];
        var chosen = (files ?? []).Select(f => new ChosenFile(f.Name, f.Size)).ToList();
        var problems = Evidence.CheckChosenSizes(chosen.Select(f => f.Size), alreadyChosen: _files.Where(f => f.Error is null).Sum(f => f.Size));
        _files.AddRange(chosen);
        foreach (var (file, browserFile, problem) in chosen.Zip(files ?? [], problems))
        {
            file.Error = problem switch
            {
                ChosenFileProblem.TooLarge => ReportErrors.Message(ReportError.AttachmentTooLarge, Text, MaxFileSize),
                ChosenFileProblem.TotalTooLarge => Text["ErrorAttachmentsTotalTooLarge", FileSizeText.Format(Evidence.MaxTotalBytes, AssignmentsText)],
                _ => null,
            };
            if (problem is null)
            {
                await ReadAsync(file, browserFile);
            }
        }
    }

    private async Task ReadAsync(ChosenFile file, IBrowserFile browserFile)
    {
        file.Content = await SpooledUpload.ReadAsync(browserFile, Evidence.MaxBytes, received =>
        {
            if (!_files.Contains(file))
            {
                // Removed while it was being read.
                return false;
            }

            file.Percent = file.Size == 0 ? 100 : (int)(received * 100 / file.Size);
            StateHasChanged();
            return true;
        });
        file.Percent = 100;
    }

    private void RemoveChosen(ChosenFile file)
    {
        _files.Remove(file);
        file.Content?.Dispose();
        _fileErrors = [.. _fileErrors.Where(e => e.FileName != file.Name)];
    }

    private void ClearChosen()
    {
        _files.ForEach(f => f.Content?.Dispose());
        _files.Clear();
    }

    public void Dispose() => ClearChosen();

    private void RemoveStored(long attachmentId)
    {
        _remove.Add(attachmentId);
        Edited();
    }

    private void KeepStored(long attachmentId) => _remove.Remove(attachmentId);

    private async Task SaveAsync()
    {
        _received = null;
        _missing = Detail.Indicators.Where(i => _values.GetValueOrDefault(i.Id) is null).Select(i => i.Id).ToHashSet();
        _errors = string.IsNullOrWhiteSpace(_summary) ? [ReportError.SummaryRequired] : [];
        _fileErrors = [];
        if (_missing.Count > 0 || _errors.Count > 0 || _files.Any(f => f.Error is not null))
        {
            await FocusSummaryIfWrongAsync();
            return;
        }

        _saving = true;
        try
        {
            var figures = Detail.Indicators.Select(i => new ReportFigure(i.Id, _values[i.Id]!.Value)).ToList();
            var uploads = _files.Select(f => f.Content!.ToUpload()).ToList();
            var outcome = await Submissions.SubmitAsync(
                await User.CallerAsync(), Detail.Type.Id, Detail.Unit.Id, _summary, figures, _base?.Version,
                new ReportAttachmentChanges(uploads, [.. _remove]));
            await ShowOutcomeAsync(outcome);
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task ShowOutcomeAsync(SubmitOutcome outcome)
    {
        switch (outcome)
        {
            case SubmitOutcome.Submitted submitted:
                ClearChosen();
                Show(submitted.Report);
                _received = ReceivedText(submitted);
                Snackbar.Add(_received, submitted.Report.IsLate && submitted.Change == UnitReportChange.Submitted ? Severity.Warning : Severity.Success);
                break;
            case SubmitOutcome.Invalid invalid:
                _errors = invalid.Errors;
                _fileErrors = invalid.Files ?? [];
                await FocusSummaryIfWrongAsync();
                break;
            case SubmitOutcome.Conflict conflict:
                _errors = [];
                _conflictCurrent = conflict.Current;
                var history = conflict.Current is null ? [] : await Submissions.HistoryAsync(conflict.Current.UnitReportId);
                _conflict = ReportHistoryRow.After(ReportHistoryRow.Of(history), _base?.Version);
                break;
            case SubmitOutcome.NotFound:
                _notFound = true;
                break;
            case SubmitOutcome.Forbidden:
                _errors = [];
                _forbidden = true;
                break;
        }
    }

    private string ReceivedText(SubmitOutcome.Submitted submitted)
    {
        var report = submitted.Report;
        var received = ReportFormats.HanoiTimeOf(report.SubmittedAtUtc);
        if (submitted.Change == UnitReportChange.Corrected)
        {
            return Text["CorrectionSaved", received];
        }

        return report.IsLate ? Text["ReceivedLate", received] : Text["ReceivedOnTime", received];
    }

    /// <summary>Saves the user's input again, now over the version the other person's change produced.</summary>
    private Task SaveMineAsync()
    {
        _base = _conflictCurrent;
        _remove.RemoveWhere(id => StoredFiles.All(f => f.Id != id));
        _conflict = null;
        return SaveAsync();
    }

    /// <summary>Drops the user's input and shows the report as the other person left it.</summary>
    private void DiscardMine()
    {
        ClearChosen();
        _errors = [];
        _conflict = null;
        Show(_conflictCurrent);
    }

    private async Task FocusSummaryIfWrongAsync()
    {
        if (SummaryError is not null && _summaryField is not null)
        {
            await _summaryField.FocusAsync();
        }
    }

    /// <summary>A file the user chose: read to a temporary file (with its progress) before the submission sends it.</summary>
    private sealed class ChosenFile(string name, long size)
    {
        public string Name { get; } = name;
        public long Size { get; } = size;
        public int Percent { get; set; }
        public SpooledUpload? Content { get; set; }
        public string? Error { get; set; }
    }
}
