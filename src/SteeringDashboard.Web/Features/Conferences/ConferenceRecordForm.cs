using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Web.Features.Conferences;

/// <summary>The conference record as its form edits it: text as typed, dates as the date fields read them.</summary>
public sealed class ConferenceRecordForm
{
    public string? Title { get; set; }
    public DateOnly? Date { get; set; }
    public string? Venue { get; set; }
    public string? Chair { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public DateOnly? CutoffDate { get; set; }

    public static ConferenceRecordForm From(ConferenceDetail detail) => new()
    {
        Title = detail.Title,
        Date = detail.Date,
        Venue = detail.Venue,
        Chair = detail.Chair,
        PeriodStart = detail.PeriodStart,
        PeriodEnd = detail.PeriodEnd,
        CutoffDate = detail.CutoffDate,
    };

    public ConferenceDraft ToDraft() => new(
        Title, Date, Venue, Chair, PeriodStart, PeriodEnd, CutoffDate);
}

/// <summary>The messages of the conference forms' validation errors.</summary>
internal static class ConferenceErrorText
{
    /// <summary>The message of the first of <paramref name="codes"/> found in <paramref name="errors"/>; null when there is none.</summary>
    public static string? Of(IStringLocalizer<ConferenceText> text, IReadOnlyList<ConferenceError> errors, params ConferenceError[] codes) =>
        errors.FirstOrDefault(codes.Contains) is var found && found != default ? text[$"Error.{found}"].Value : null;
}
