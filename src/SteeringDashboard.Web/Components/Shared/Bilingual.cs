using System.Globalization;

namespace SteeringDashboard.Web.Components.Shared;

/// <summary>Picks the Vietnamese or English form of data that the store keeps in both languages.</summary>
public static class Bilingual
{
    public static bool IsVietnamese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi";

    public static string Pick(string vi, string en) => IsVietnamese ? vi : en;

    /// <summary>Orders names with the current culture's collation (Vietnamese collation under vi-VN).</summary>
    public static StringComparer NameComparer => StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: false);
}
