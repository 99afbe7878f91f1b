using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace SteeringDashboard.Web.Localization;

/// <summary>The app's languages: Vietnamese (default) and English.</summary>
public static class SupportedCultures
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-US";

    /// <summary>How dates are written in both languages: the committee's own way, so that 05/07/2018 reads the same to everyone.</summary>
    public const string DatePattern = "dd/MM/yyyy";

    public static readonly IReadOnlyList<string> All = [Vietnamese, English];

    private static readonly IReadOnlyList<CultureInfo> Cultures = All.Select(Create).ToList();

    /// <summary>The culture the app uses for <paramref name="name"/> (one of <see cref="All"/>).</summary>
    public static CultureInfo Get(string name) => Cultures.Single(c => c.Name == name);

    /// <summary>The language cookie first, then the browser's Accept-Language, then Vietnamese.</summary>
    public static void Configure(RequestLocalizationOptions options)
    {
        options.DefaultRequestCulture = new RequestCulture(Get(Vietnamese));
        options.SupportedCultures = [.. Cultures];
        options.SupportedUICultures = [.. Cultures];
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
    }

    private static CultureInfo Create(string name)
    {
        var culture = new CultureInfo(name, useUserOverride: false);
        culture.DateTimeFormat.ShortDatePattern = DatePattern;

        // Times on the 24-hour clock in both languages too, as the committee's documents write them (14:30, not 2:30 PM).
        culture.DateTimeFormat.ShortTimePattern = "HH:mm";
        culture.DateTimeFormat.LongTimePattern = "HH:mm:ss";
        return CultureInfo.ReadOnly(culture);
    }
}
