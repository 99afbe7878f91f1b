using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Conferences.ConferenceReport;

/// <summary>One text section of the review report: read-only text, or an editor for those who prepare the conference.</summary>
public sealed partial class ConferenceReportSectionEditor
{
    private string _text = "";
    private Guid? _loadedVersion;
    private bool _initialized;
    private bool _dirty;
    private bool _saving;
    private string? _error;
    private string? _conflictText;
    private string? _status;

    [Inject]
    private ConferenceReportSectionService Sections { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    /// <summary>The conference the section belongs to.</summary>
    [Parameter, EditorRequired]
    public int ConferenceId { get; set; }

    /// <summary>One of <see cref="ConferenceReportSectionKeys.All"/>.</summary>
    [Parameter, EditorRequired]
    public string Key { get; set; } = "";

    /// <summary>The section's heading, also the editor's label.</summary>
    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    /// <summary>The stored text (empty when nobody has written it).</summary>
    [Parameter]
    public string Text { get; set; } = "";

    /// <summary>The stored version; null when the section has no text yet.</summary>
    [Parameter]
    public Guid? Version { get; set; }

    /// <summary>Whether the reader may edit (ManageConference); the service checks again on save.</summary>
    [Parameter]
    public bool CanEdit { get; set; }

    [Parameter]
    public int HeadingLevel { get; set; } = 3;

    /// <summary>Called after a save or a conflict, so that the page reloads the texts and their versions.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    private string HeadingId => $"review-section-{Key.Replace('.', '-')}";

    protected override void OnParametersSet()
    {
        // A newer stored version replaces the text only while the user has not typed over it.
        if (!_initialized || (Version != _loadedVersion && !_dirty))
        {
            _text = Text;
        }

        _initialized = true;
        _loadedVersion = Version;
    }

    private void MarkDirty()
    {
        _dirty = true;
        _status = null;
    }

    private async Task SaveAsync()
    {
        _saving = true;
        _error = null;
        try
        {
            var outcome = await Sections.SaveAsync(await CurrentUser.CallerAsync(), ConferenceId, Key, _text, _loadedVersion);
            switch (outcome)
            {
                case ConferenceReportSectionOutcome.Saved saved:
                    _dirty = false;
                    _conflictText = null;
                    _loadedVersion = saved.Version;
                    _status = L["SectionSaved"];
                    break;
                case ConferenceReportSectionOutcome.Conflict conflict:
                    _conflictText = conflict.CurrentText;
                    break;
                case ConferenceReportSectionOutcome.Invalid { Error: ConferenceReportSectionError.TooLong }:
                    _error = L["SectionTooLong", ConferenceReportSection.TextMaxLength];
                    break;
                case ConferenceReportSectionOutcome.Forbidden:
                    _error = L["Forbidden"];
                    break;
                default:
                    _error = L["ConferenceGone"];
                    break;
            }

            await OnChanged.InvokeAsync();
        }
        finally
        {
            _saving = false;
        }
    }
}
