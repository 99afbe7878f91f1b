using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Reports;

/// <summary>
/// Returns a submitted report to its unit for correction with a reason the unit will read. The reason is required; the
/// service's refusal (role, account), a newer version of the report and its rules are shown in the dialog, which then
/// stays open. Closes with the returned <see cref="UnitReportSnapshot"/>.
/// </summary>
public sealed partial class ReturnReportDialog
{
    private string? _reason;
    private bool _saving;
    private bool _forbidden;
    private bool _conflict;
    private bool _gone;
    private IReadOnlyList<ReportError> _errors = [];
    private MudTextField<string>? _reasonField;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private ReportSubmissionService Submissions { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    /// <summary>The report as the reviewer saw it; the return is refused if it changed since.</summary>
    [Parameter, EditorRequired]
    public UnitReportSnapshot Report { get; set; } = default!;

    private string? ReasonError => ReportErrors.For(ReportField.Reason, _errors, Text, "");

    private string? FormError => ReportErrors.For(ReportField.Form, _errors, Text, "");

    private async Task ReturnAsync()
    {
        // Checked here too, so that an empty reason is named at once without asking the server.
        if (string.IsNullOrWhiteSpace(_reason))
        {
            _errors = [ReportError.ReasonRequired];
            await FocusReasonAsync();
            return;
        }

        _saving = true;
        try
        {
            var outcome = await Submissions.ReturnAsync(await User.CallerAsync(), Report.UnitReportId, _reason, Report.Version);
            switch (outcome)
            {
                case ReturnOutcome.Returned returned:
                    Dialog.Close(DialogResult.Ok(returned.Report));
                    return;
                case ReturnOutcome.Invalid invalid:
                    _errors = invalid.Errors;
                    await FocusReasonAsync();
                    break;
                case ReturnOutcome.Conflict:
                    _errors = [];
                    _conflict = true;
                    break;
                case ReturnOutcome.NotFound:
                    _errors = [];
                    _gone = true;
                    break;
                case ReturnOutcome.Forbidden:
                    _errors = [];
                    _forbidden = true;
                    break;
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task FocusReasonAsync()
    {
        if (_reasonField is not null)
        {
            await _reasonField.FocusAsync();
        }
    }

    private void Cancel() => Dialog.Cancel();
}
