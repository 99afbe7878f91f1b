using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Web.Features.Conferences.Workspace;

/// <summary>The conference record: its form for the secretariat, its facts for everyone else.</summary>
public sealed partial class RecordSection
{
    private IReadOnlyList<ConferenceError> _recordErrors = [];

    private Task SaveRecordAsync() => Workspace.SaveAsync(
        ConferenceSection.Record,
        version => Service.UpdateAsync(Workspace.Caller, Detail.Id, version, Workspace.Record.ToDraft()),
        errors => _recordErrors = errors);
}
