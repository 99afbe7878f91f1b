using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Conferences.Commendations;

/// <summary>
/// Rejects a nomination under review with a reason the proposer will read. The reason is required (named beside the
/// field); a refusal, a newer version or a step no longer allowed is shown in the dialog, which then stays open.
/// </summary>
public sealed partial class RejectCommendationDialog
{
    private string? _reason;
    private string? _reasonError;
    private string? _message;
    private bool _saving;
    private MudTextField<string>? _reasonField;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private CommendationService Commendations { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    /// <summary>The nomination as the reviewer saw it; the rejection is refused if it changed since.</summary>
    [Parameter, EditorRequired]
    public CommendationRow Nomination { get; set; } = default!;

    private async Task RejectAsync()
    {
        _saving = true;
        try
        {
            var outcome = await Commendations.RejectAsync(await User.CallerAsync(), Nomination.Id, _reason, Nomination.Version);
            _reasonError = outcome is CommendationOutcome.Invalid invalid
                ? CommendationMessages.For(invalid.Errors, L, CommendationError.ReasonRequired, CommendationError.ReasonTooLong)
                : null;
            if (outcome is CommendationOutcome.Saved)
            {
                Dialog.Close(DialogResult.Ok(true));
                return;
            }

            if (_reasonError is not null)
            {
                if (_reasonField is not null)
                {
                    await _reasonField.FocusAsync();
                }
            }
            else
            {
                _message = CommendationMessages.Of(outcome, L);
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private void Cancel() => Dialog.Cancel();
}
