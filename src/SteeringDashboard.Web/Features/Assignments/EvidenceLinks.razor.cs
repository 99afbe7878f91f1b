using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>
/// The evidence files attached to a change, with each file's type and size: download links for a signed-in person who may
/// read the unit's evidence (the download checks again), the names only for others.
/// </summary>
public sealed partial class EvidenceLinks
{
    private bool _mayRead;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    /// <summary>The unit of the assignment the files belong to.</summary>
    [Parameter, EditorRequired]
    public int UnitId { get; set; }

    /// <summary>The files of one history row (<see cref="AssignmentChange.Files"/>); nothing is rendered when empty.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<EvidenceFileInfo> Files { get; set; } = [];

    protected override async Task OnParametersSetAsync() => _mayRead = await User.MayAsync(SteeringAction.ReadEvidence, UnitId);

    private string TypeName(EvidenceFileInfo file) => file.ContentType switch
    {
        "application/pdf" => Text["FileTypePdf"],
        "image/png" => Text["FileTypePng"],
        "image/jpeg" => Text["FileTypeJpeg"],
        _ => Text["FileTypeOther"],
    };
}
