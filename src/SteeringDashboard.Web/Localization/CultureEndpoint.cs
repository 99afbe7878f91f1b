using Microsoft.AspNetCore.Localization;
using SteeringDashboard.Web.Features.Account;

namespace SteeringDashboard.Web.Localization;

public static class CultureEndpoint
{
    /// <summary>GET /culture?name=vi-VN&amp;returnUrl=/ stores the language in a cookie and returns to the page (anonymous: the sign-in page uses it).</summary>
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture", (HttpContext context, string? name, string? returnUrl) =>
        {
            if (name is not null && SupportedCultures.All.Contains(name))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                    new CookieOptions
                    {
                        Expires = DateTimeOffset.UtcNow.AddYears(1),
                        HttpOnly = true,
                        IsEssential = true,
                        SameSite = SameSiteMode.Lax,
                        Secure = context.Request.IsHttps,
                    });
            }

            // Anything but a path of this app (another site, "//host", "/\\host", a bare "tasks") goes home, never to a 500.
            return Results.LocalRedirect(AccountPaths.LocalOrHome(returnUrl));
        }).AllowAnonymous();
        return endpoints;
    }
}
