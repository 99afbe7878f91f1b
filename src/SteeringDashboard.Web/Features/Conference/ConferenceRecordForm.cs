using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Web.Features.Conference;

/// <summary>The conference record as its form edits it: text as typed, dates as the date inputs give them (yyyy-MM-dd).</summary>
public sealed class ConferenceRecordForm
{
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string? Venue { get; set; }
    public string? Chair { get; set; }
    public string? PeriodStart { get; set; }
    public string? PeriodEnd { get; set; }
    public string? CutoffDate { get; set; }

    public static ConferenceRecordForm From(ConferenceDetail detail) => new()
    {
        Title = detail.Title,
        Date = ConferenceFormat.Input(detail.Date),
        Venue = detail.Venue,
        Chair = detail.Chair,
        PeriodStart = ConferenceFormat.Input(detail.PeriodStart),
        PeriodEnd = ConferenceFormat.Input(detail.PeriodEnd),
        CutoffDate = ConferenceFormat.Input(detail.CutoffDate),
    };

    public ConferenceDraft ToDraft() => new(
        Title, ConferenceFormat.Parse(Date), Venue, Chair, ConferenceFormat.Parse(PeriodStart), ConferenceFormat.Parse(PeriodEnd), ConferenceFormat.Parse(CutoffDate));
}

/// <summary>The messages of the conference forms' validation errors.</summary>
internal static class ConferenceErrorText
{
    /// <summary>The message of the first of <paramref name="codes"/> found in <paramref name="errors"/>; null when there is none.</summary>
    public static string? Of(IStringLocalizer<ConferenceText> text, IReadOnlyList<ConferenceError> errors, params ConferenceError[] codes) =>
        errors.FirstOrDefault(codes.Contains) is var found && found != default ? text[$"Error.{found}"].Value : null;
}
