using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Web.Features.Conferences.Commendations;

/// <summary>What the commendation screen says when the service did not store a step or a proposal.</summary>
public static class CommendationMessages
{
    /// <summary>The message for an outcome other than <see cref="CommendationOutcome.Saved"/>.</summary>
    public static string Of(CommendationOutcome outcome, IStringLocalizer<CommendationText> l) => outcome switch
    {
        CommendationOutcome.Forbidden => l["Forbidden"],
        CommendationOutcome.Conflict conflict => l["Conflict", l[$"CommendationState.{conflict.Current}"]],
        CommendationOutcome.NotFound => l["NotFound"],
        CommendationOutcome.Invalid invalid => string.Join(" ", invalid.Errors.Select(e => l[$"Error.{e}"].Value)),
        _ => "",
    };

    /// <summary>The errors among <paramref name="errors"/> that belong beside <paramref name="field"/>, as one text, or null.</summary>
    public static string? For(IReadOnlyList<CommendationError> errors, IStringLocalizer<CommendationText> l, params CommendationError[] field)
    {
        var mine = errors.Where(field.Contains).Select(e => l[$"Error.{e}"].Value).ToList();
        return mine.Count == 0 ? null : string.Join(" ", mine);
    }
}
