using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Web.Features.Conferences.Workspace;

/// <summary>The people invited by name and the invited units.</summary>
public sealed partial class InvitationsSection
{
    private IReadOnlyList<ConferenceError> _invitationErrors = [];
    private InviteeDraftForm _invitee = new();
    private IReadOnlyList<ConferenceError> _inviteeErrors = [];

    private Task SaveInvitationsAsync() => Workspace.SaveAsync(
        ConferenceSection.Invitations,
        version => Service.SetInvitedUnitsAsync(Workspace.Caller, Detail.Id, version, Workspace.Invited),
        errors => _invitationErrors = errors);

    private async Task AddInviteeAsync()
    {
        var draft = new InviteeDraft(_invitee.Name, _invitee.Position);
        if (await Workspace.SaveAsync(
            ConferenceSection.Invitations, version => Service.AddInviteeAsync(Workspace.Caller, Detail.Id, version, draft), errors => _inviteeErrors = errors))
        {
            _invitee = new();
        }
    }

    private Task RemoveInviteeAsync(InviteeRow invitee) => Workspace.SaveAsync(
        ConferenceSection.Invitations, version => Service.RemoveInviteeAsync(Workspace.Caller, Detail.Id, version, invitee.Id), _ => { });

    private void ToggleInvited(int unitId, bool invited)
    {
        if (invited)
        {
            Workspace.Invited.Add(unitId);
        }
        else
        {
            Workspace.Invited.Remove(unitId);
        }
    }

    private sealed class InviteeDraftForm
    {
        public string? Name { get; set; }
        public string? Position { get; set; }
    }
}
