using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>Asks before a bulk update is applied, naming each unit whose recorded completion or progress it overwrites.</summary>
public sealed partial class BulkConfirmDialog
{
    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>What is applied to how many units.</summary>
    [Parameter, EditorRequired]
    public string Message { get; set; } = "";

    /// <summary>Each unit whose recorded values the update overwrites, with what it overwrites.</summary>
    [Parameter]
    public IReadOnlyList<(string Unit, IReadOnlyList<string> Warnings)> Overwrites { get; set; } = [];

    private void Confirm() => Dialog.Close(DialogResult.Ok(true));

    private void Cancel() => Dialog.Cancel();
}
