using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Conferences;

/// <summary>A unit invited to the conference.</summary>
public sealed class ConferenceInvitedUnit
{
    public int Id { get; set; }
    public int ConferenceId { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
}

/// <summary>A person invited by name (a leader of the city, a guest), with their position and unit as free text.</summary>
public sealed class ConferenceInvitee
{
    public const int NameMaxLength = 200;
    public const int PositionMaxLength = 300;

    public int Id { get; set; }
    public int ConferenceId { get; set; }
    public required string Name { get; set; }
    public required string Position { get; set; }
}

/// <summary>A preparation task of the secretariat (book the hall, collect the reports, print the pack): who, by when, done or not.</summary>
public sealed class ConferenceChecklistItem
{
    public const int TextMaxLength = 500;
    public const int OwnerMaxLength = 200;

    public int Id { get; set; }
    public int ConferenceId { get; set; }
    public required string Text { get; set; }
    public required string Owner { get; set; }
    public DateOnly? DueDate { get; set; }
    public bool Done { get; set; }
}

/// <summary>
/// An item of the agenda, presented by a unit or by a named person. Positions run 1..n without gaps within a conference;
/// every change of order renumbers the whole agenda in one transaction.
/// </summary>
public sealed class AgendaItem
{
    public const int TitleMaxLength = 300;
    public const int PresenterNameMaxLength = 200;
    public const int MinDurationMinutes = 1;
    public const int MaxDurationMinutes = 480;

    /// <summary>The most documents one item carries, as for a unit's report.</summary>
    public const int MaxDocuments = 10;

    public int Id { get; set; }
    public int ConferenceId { get; set; }
    public int Position { get; set; }
    public required string Title { get; set; }
    public int? PresenterUnitId { get; set; }
    public Unit? PresenterUnit { get; set; }
    public string? PresenterName { get; set; }
    public int DurationMinutes { get; set; }
}
