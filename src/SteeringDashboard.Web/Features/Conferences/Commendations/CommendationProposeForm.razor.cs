using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Features.Conferences.Commendations;

/// <summary>
/// Proposes a nomination: nominee, kind, unit (fixed for a unit reporter), form of commendation, achievement, and the
/// results behind it (the unit's completed assignments, indicators, campaigns). Errors are named beside their fields;
/// nothing is stored unless the service accepts the whole proposal.
/// </summary>
public sealed partial class CommendationProposeForm
{
    private readonly HashSet<ResultRef> _links = [];
    private string? _nominee;
    private NomineeKind _kind = NomineeKind.Individual;
    private int _unitId;
    private CommendationForm _form = CommendationForm.SteeringCommitteeCertificateOfMerit;
    private string? _achievement;
    private CommendationLinkOptions? _options;
    private IReadOnlyList<CommendationError> _errors = [];
    private string? _message;
    private string? _saved;
    private bool _saving;

    [Inject]
    private CommendationQueries Queries { get; set; } = default!;

    /// <summary>The conference the nomination is for.</summary>
    [Parameter, EditorRequired]
    public int ConferenceId { get; set; }

    /// <summary>The units the person may propose for, in display order; one unit is shown fixed.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<UnitChoice> Units { get; set; } = [];

    /// <summary>Sends the proposal as the signed-in person (the page runs every write of a nomination).</summary>
    [Parameter, EditorRequired]
    public Func<CommendationProposal, Task<CommendationOutcome>> Propose { get; set; } = default!;

    private string? NomineeError => CommendationMessages.For(_errors, L, CommendationError.NomineeRequired, CommendationError.NomineeTooLong);

    private string? AchievementError => CommendationMessages.For(_errors, L, CommendationError.AchievementRequired, CommendationError.AchievementTooLong);

    private string? LinksError => CommendationMessages.For(
        _errors, L, CommendationError.TooManyLinks, CommendationError.LinkNotFound, CommendationError.AssignmentNotCompleted, CommendationError.LinkRepeated);

    protected override async Task OnParametersSetAsync()
    {
        if (Units.Count > 0 && Units.All(u => u.Id != _unitId))
        {
            await UnitChangedAsync(Units[0].Id);
        }
    }

    private async Task UnitChangedAsync(int unitId)
    {
        _unitId = unitId;
        _links.Clear();
        _options = await Queries.LinkOptionsAsync(ConferenceId, unitId);
    }

    private void Toggle(ResultRef link, bool on)
    {
        if (on)
        {
            _links.Add(link);
        }
        else
        {
            _links.Remove(link);
        }
    }

    private async Task ProposeAsync()
    {
        _saving = true;
        _saved = null;
        _message = null;
        try
        {
            var outcome = await Propose(
                new CommendationProposal(ConferenceId, _nominee, _kind, _unitId, _form, _achievement, [.. _links.OrderBy(l => l.Kind).ThenBy(l => l.Id)]));
            switch (outcome)
            {
                case CommendationOutcome.Saved:
                    _saved = L["ProposedMessage", _nominee!.Trim()];
                    _errors = [];
                    _nominee = null;
                    _achievement = null;
                    _links.Clear();
                    break;
                case CommendationOutcome.Invalid invalid:
                    _errors = invalid.Errors;
                    var placed = NomineeError is not null || AchievementError is not null || LinksError is not null;
                    _message = placed ? null : CommendationMessages.Of(outcome, L);
                    break;
                default:
                    _errors = [];
                    _message = CommendationMessages.Of(outcome, L);
                    break;
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private static IEnumerable<(ResultKind Kind, IReadOnlyList<LinkedResult> Options)> Groups(CommendationLinkOptions options) =>
    [
        (ResultKind.Assignment, options.Assignments),
        (ResultKind.Campaign, options.Campaigns),
        (ResultKind.Indicator, options.Indicators),
    ];

    private static string UnitName(UnitChoice unit) => Bilingual.Pick(unit.NameVi, unit.NameEn);
}
