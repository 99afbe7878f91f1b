using Microsoft.AspNetCore.Antiforgery;

namespace SteeringDashboard.Web.Features.Account;

public static class SignOutEndpoint
{
    /// <summary>POST /account/sign-out (the user menu's form, with its antiforgery token) ends the session and shows the sign-in page.</summary>
    public static IEndpointRouteBuilder MapSignOutEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AccountPaths.SignOut, async Task<IResult> (HttpContext context, IAntiforgery antiforgery, SignInService signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest();
            }

            await signIn.SignOutAsync(context.User, context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
            return TypedResults.LocalRedirect(AccountPaths.SignIn);
        });
        return endpoints;
    }
}
