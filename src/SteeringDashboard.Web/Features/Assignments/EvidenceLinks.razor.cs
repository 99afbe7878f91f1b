using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Assignments;

namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>Download links for the evidence files attached to a change, with each file's type and size.</summary>
public sealed partial class EvidenceLinks
{
    /// <summary>The files of one history row (<see cref="AssignmentChange.Files"/>); nothing is rendered when empty.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<EvidenceFileInfo> Files { get; set; } = [];

    private string TypeName(EvidenceFileInfo file) => file.ContentType switch
    {
        "application/pdf" => L["FileTypePdf"],
        "image/png" => L["FileTypePng"],
        "image/jpeg" => L["FileTypeJpeg"],
        _ => L["FileTypeOther"],
    };
}
