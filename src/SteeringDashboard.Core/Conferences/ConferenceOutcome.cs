namespace SteeringDashboard.Core.Conferences;

/// <summary>The conference record as the secretariat types it; dates are null until chosen.</summary>
public sealed record ConferenceDraft(
    string? Title, DateOnly? Date, string? Venue, string? Chair, DateOnly? PeriodStart, DateOnly? PeriodEnd, DateOnly? CutoffDate);

public sealed record InviteeDraft(string? Name, string? Position);

public sealed record ChecklistDraft(string? Text, string? Owner, DateOnly? DueDate);

/// <summary>An agenda item as typed: presented either by a unit (<see cref="PresenterUnitId"/>) or by a named person.</summary>
public sealed record AgendaDraft(string? Title, int? PresenterUnitId, string? PresenterName, int DurationMinutes);

public enum ConferenceError
{
    TitleRequired = 1,
    TitleTooLong,
    DateRequired,
    VenueRequired,
    VenueTooLong,
    ChairRequired,
    ChairTooLong,
    PeriodRequired,
    PeriodReversed,
    CutoffRequired,

    /// <summary>The cut-off falls before the reviewed period begins (within or after the period is fine).</summary>
    CutoffBeforePeriod,

    /// <summary>The conference would sit before the cut-off of the figures it reviews.</summary>
    DateBeforeCutoff,
    UnitUnknown,
    InviteeNameRequired,
    InviteeNameTooLong,
    InviteePositionTooLong,
    ChecklistTextRequired,
    ChecklistTextTooLong,
    ChecklistOwnerRequired,
    ChecklistOwnerTooLong,
    AgendaTitleRequired,
    AgendaTitleTooLong,
    PresenterRequired,

    /// <summary>Both a unit and a person's name were given: an item has one presenter.</summary>
    PresenterAmbiguous,
    PresenterNameTooLong,
    DurationOutOfRange,
    PositionOutOfRange,

    /// <summary>An attachment was asked for without any file.</summary>
    DocumentRequired,
    DocumentTooLarge,
    DocumentTypeNotAllowed,
    DocumentEmpty,

    /// <summary>The item would carry more than <see cref="AgendaItem.MaxDocuments"/> documents.</summary>
    TooManyDocuments,
}

/// <summary>A file refused for <paramref name="Error"/>, named as it was uploaded.</summary>
public sealed record DocumentRefusal(string FileName, ConferenceError Error);

public abstract record ConferenceOutcome
{
    private ConferenceOutcome()
    {
    }

    /// <summary>Stored; <paramref name="Version"/> is the new version of the section written, for that section's next write.</summary>
    public sealed record Saved(int ConferenceId, Guid Version) : ConferenceOutcome;

    /// <summary>Nothing was stored; <paramref name="Files"/> names the uploaded files refused, if any.</summary>
    public sealed record Invalid(IReadOnlyList<ConferenceError> Errors, IReadOnlyList<DocumentRefusal>? Files = null) : ConferenceOutcome;

    /// <summary>Someone changed the same section of the conference since the editor loaded it: nothing was stored.</summary>
    public sealed record Conflict : ConferenceOutcome;

    /// <summary>The conference, or the item named, no longer exists.</summary>
    public sealed record NotFound : ConferenceOutcome;

    /// <summary>The caller may not prepare conferences (or the account is disabled): nothing was stored, and the refusal is audited.</summary>
    public sealed record Forbidden : ConferenceOutcome;
}
