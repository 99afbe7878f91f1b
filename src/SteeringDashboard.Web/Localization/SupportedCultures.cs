using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace SteeringDashboard.Web.Localization;

/// <summary>The app's languages: Vietnamese (default) and English.</summary>
public static class SupportedCultures
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-US";

    public static readonly IReadOnlyList<string> All = [Vietnamese, English];

    /// <summary>The language cookie first, then the browser's Accept-Language, then Vietnamese.</summary>
    public static void Configure(RequestLocalizationOptions options)
    {
        var cultures = All.Select(CultureInfo.GetCultureInfo).ToList();
        options.DefaultRequestCulture = new RequestCulture(Vietnamese);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
    }
}
