using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Tests.Security;

/// <summary>The prologue every form-post endpoint shares, on a request made in memory.</summary>
public sealed class SignedInFormPostTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASignedInPostWithAValidTokenIsReadWithTheCallerAndTheAddressItCameFrom()
    {
        var context = Post("application/x-www-form-urlencoded", "note=xin+ch%C3%A0o", userId: "user-7");

        var (post, refusal) = await SignedInFormPost.ReadAsync(context, new Antiforgery(valid: true), "form required", Cancellation);

        Assert.Null(refusal);
        Assert.Equal(("user-7", "203.0.113.9"), (post!.Caller.UserId, post.Caller.Address));
        Assert.Equal("xin chào", post.Form["note"].ToString());
    }

    [Fact]
    public async Task ABodyThatIsNotAFormIsRefusedWith415AndTheMessageGiven()
    {
        var context = Post("application/json", "{}", userId: "user-7");

        var (post, refusal) = await SignedInFormPost.ReadAsync(context, new Antiforgery(valid: true), "Cần một biểu mẫu.", Cancellation);

        Assert.Null(post);
        var problem = Assert.IsType<ProblemHttpResult>(refusal);
        Assert.Equal(((int)HttpStatusCode.UnsupportedMediaType, "Cần một biểu mẫu."), (problem.StatusCode, problem.ProblemDetails.Detail));
    }

    [Fact]
    public async Task WithoutAValidAntiforgeryTokenItIsABadRequest()
    {
        var context = Post("application/x-www-form-urlencoded", "note=x", userId: "user-7");

        var (post, refusal) = await SignedInFormPost.ReadAsync(context, new Antiforgery(valid: false), "form required", Cancellation);

        Assert.Null(post);
        Assert.IsType<BadRequest>(refusal);
    }

    [Fact]
    public async Task NobodySignedInIsChallenged()
    {
        var context = Post("application/x-www-form-urlencoded", "note=x", userId: null);

        var (post, refusal) = await SignedInFormPost.ReadAsync(context, new Antiforgery(valid: true), "form required", Cancellation);

        Assert.Null(post);
        Assert.IsType<ChallengeHttpResult>(refusal);
    }

    private static DefaultHttpContext Post(string contentType, string body, string? userId)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.9");
        if (userId is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test"));
        }

        return context;
    }

    private sealed class Antiforgery(bool valid) : IAntiforgery
    {
        public Task<bool> IsRequestValidAsync(HttpContext httpContext) => Task.FromResult(valid);

        public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) => throw new NotSupportedException();

        public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => throw new NotSupportedException();

        public Task ValidateRequestAsync(HttpContext httpContext) => throw new NotSupportedException();

        public void SetCookieTokenAndHeader(HttpContext httpContext) => throw new NotSupportedException();
    }
}
