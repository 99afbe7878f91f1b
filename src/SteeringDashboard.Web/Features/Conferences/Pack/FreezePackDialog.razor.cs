using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Web.Features.Conferences.Pack;

/// <summary>
/// Asks the secretariat, before a freeze, who the version is for; nothing is preselected, so the exact figures go on paper only
/// when someone chose the committee. Closes with the <see cref="PackAudience"/> chosen.
/// </summary>
public sealed partial class FreezePackDialog
{
    private const string MissingId = "freeze-audience-missing";
    private PackAudience? _audience;
    private bool _missing;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>What freezing stores, in the reader's language.</summary>
    [Parameter, EditorRequired]
    public string Message { get; set; } = "";

    /// <summary>The audiences the person may freeze a version for, the committee's first.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<PackAudience> Audiences { get; set; } = [];

    private void Freeze()
    {
        if (_audience is { } audience)
        {
            Dialog.Close(DialogResult.Ok(audience));
        }
        else
        {
            _missing = true;
        }
    }

    private void Cancel() => Dialog.Cancel();
}
