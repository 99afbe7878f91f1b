using System.Security.Cryptography;

namespace SteeringDashboard.Web.Security;

/// <summary>
/// The security headers of every response. The Content-Security-Policy allows scripts only from the app itself plus the
/// one inline import map (by a per-request nonce), no eval; styles may be inline because MudBlazor sets style attributes.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "steering:csp-nonce";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Hex, not base64: nothing in it for HTML attribute encoding to change.
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "SAMEORIGIN";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        await next(context);
    });

    /// <summary>The nonce this request's policy allows an inline script with (the import map).</summary>
    public static string? NonceOf(HttpContext context) => context.Items[NonceKey] as string;

    public static string ContentSecurityPolicy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "frame-ancestors 'self'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "object-src 'none'";
}
