using System.Globalization;

namespace SteeringDashboard.Web.Components.Shared;

/// <summary>
/// The one rounding rule for a percentage the app shows or exports: one decimal, a half rounded away from zero, taken from the
/// value in percent. The screen formats the rounded value and an export writes it, so "88,8%" on screen is 88.8 in the file.
/// </summary>
public static class PercentText
{
    public static double Round(double percent) => Math.Round(percent, 1, MidpointRounding.AwayFromZero);

    /// <summary>A value in percent (0–100) as the reader's language writes it, e.g. "88,8%" or "88.8%".</summary>
    public static string Of(double percent) => (Round(percent) / 100).ToString("P1", CultureInfo.CurrentCulture);

    /// <summary>A share (0–1) written as <see cref="Of"/> writes its percentage.</summary>
    public static string OfShare(double share) => Of(share * 100);
}
