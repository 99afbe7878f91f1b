using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Admin;

/// <summary>What the account dialogs share: the save that calls the administration as the signed-in person, and its errors or refusal.</summary>
public abstract class AccountDialog : ComponentBase
{
    [CascadingParameter]
    protected IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    protected UserAdministration Administration { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminText> Text { get; set; } = default!;

    /// <summary>The rules the last save broke (see <see cref="AccountErrors"/>).</summary>
    protected IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Why the last save was refused as a whole (not allowed, or the account is gone).</summary>
    protected string? Refusal { get; private set; }

    protected bool Saving { get; private set; }

    /// <summary>Runs <paramref name="change"/>; closes the dialog with <paramref name="closeWith"/> when it is done, otherwise keeps it open with the reason.</summary>
    protected async Task SubmitAsync(Func<Caller, Task<AccountOutcome>> change, string closeWith, Func<Task>? onInvalid = null)
    {
        Saving = true;
        try
        {
            switch (await change(await CurrentUser.CallerAsync()))
            {
                case AccountOutcome.Done:
                    Dialog.Close(DialogResult.Ok(closeWith));
                    return;
                case AccountOutcome.Invalid invalid:
                    Errors = invalid.Errors;
                    if (onInvalid is not null)
                    {
                        await onInvalid();
                    }

                    break;
                case AccountOutcome.Forbidden:
                    Refusal = Text["Forbidden"];
                    break;
                case AccountOutcome.NotFound:
                    Refusal = Text["NotFound"];
                    break;
            }
        }
        finally
        {
            Saving = false;
        }
    }

    protected void Cancel() => Dialog.Cancel();
}
