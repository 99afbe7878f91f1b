using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>
/// A row's "Edit" action, shown only to a signed-in person who may update the row's unit: opens
/// <see cref="EditAssignmentDialog"/> and confirms a save with a snackbar.
/// </summary>
/// <remarks>
/// Refreshing the list behind the row is left to the screen's change-notifier subscription: the service publishes
/// every save, and every open screen re-queries from it alike.
/// </remarks>
public sealed partial class EditAssignmentButton
{
    private static readonly DialogOptions Options = new()
    {
        MaxWidth = MaxWidth.Medium,
        FullWidth = true,
        CloseOnEscapeKey = true,
        DefaultFocus = DefaultFocus.FirstChild,
        BackdropClick = false,
    };

    private bool _mayEdit;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The assignment the button edits.</summary>
    [Parameter, EditorRequired]
    public int AssignmentId { get; set; }

    /// <summary>The assignment's unit: the button shows only when the signed-in person may update it.</summary>
    [Parameter, EditorRequired]
    public int UnitId { get; set; }

    /// <summary>The task's number, for the button's accessible name.</summary>
    [Parameter, EditorRequired]
    public int TaskNumber { get; set; }

    /// <summary>The unit's name in the current language, for the button's accessible name.</summary>
    [Parameter, EditorRequired]
    public string UnitName { get; set; } = "";

    protected override async Task OnParametersSetAsync() =>
        _mayEdit = await User.MayAsync(SteeringAction.UpdateAssignment, UnitId);

    private async Task OpenAsync()
    {
        var parameters = new DialogParameters<EditAssignmentDialog> { { d => d.AssignmentId, AssignmentId } };
        var dialog = await Dialogs.ShowAsync<EditAssignmentDialog>(Text["DialogTitle", TaskNumber, UnitName], parameters, Options);
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: AssignmentSnapshot })
        {
            Snackbar.Add(Text["SavedMessage", TaskNumber, UnitName], Severity.Success);
        }
    }
}
