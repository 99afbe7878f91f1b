using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Security;

/// <summary>
/// A form posted to an endpoint for clients that are not a browser page, read once it is known to carry a form, the
/// antiforgery token of one of the app's pages and a signed-in person (the caller, with the address it came from).
/// </summary>
public sealed record SignedInFormPost(Caller Caller, IFormCollection Form)
{
    /// <summary>
    /// Reads the post, or gives the answer that refuses it: 415 with <paramref name="formRequired"/> without a form body,
    /// 400 without a valid antiforgery token, a challenge when nobody is signed in.
    /// </summary>
    public static async Task<(SignedInFormPost? Post, IResult? Refusal)> ReadAsync(
        HttpContext context, IAntiforgery antiforgery, string formRequired, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            // With a body, so that the status-code pages do not re-execute the post.
            return (null, TypedResults.Problem(formRequired, statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return (null, TypedResults.BadRequest());
        }

        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return (null, TypedResults.Challenge());
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        return (new SignedInFormPost(new Caller(userId, context.Connection.RemoteIpAddress?.ToString()), form), null);
    }
}
