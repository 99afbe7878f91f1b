using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Security;

/// <summary>
/// Audits a page or endpoint refused to a signed-in account whose role lacks its policy, as a service audits a refused write
/// (<see cref="AuditEvent.AccessDenied"/>, the path as target, the roles the policy needs and the account's role as
/// detail); <see cref="Handler"/> does it for requests, <see cref="RecordAsync"/> for a page refused inside a circuit.
/// </summary>
public sealed class RefusalAudit(AuditLog audit)
{
    public Task RecordAsync(ClaimsPrincipal user, string path, string? requiredRoles, string? address, CancellationToken cancellationToken = default) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            ? audit.RecordAsync(
                AuditEvent.AccessDenied,
                userId,
                user.Identity?.Name,
                path,
                $"{(requiredRoles is null ? "page policy" : "requires " + requiredRoles)}: role {user.FindFirstValue(ClaimTypes.Role) ?? "none"}",
                address,
                cancellationToken)
            : Task.CompletedTask;

    /// <summary>The authorization middleware's answer, after a forbidden request (signed in, policy failed) is audited.</summary>
    public sealed class Handler(RefusalAudit refusals) : IAuthorizationMiddlewareResultHandler
    {
        private readonly AuthorizationMiddlewareResultHandler _answer = new();

        public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
        {
            if (authorizeResult.Forbidden)
            {
                var roles = policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).ToList();
                await refusals.RecordAsync(
                    context.User, context.Request.Path, roles.Count == 0 ? null : string.Join(" or ", roles), context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
            }

            await _answer.HandleAsync(next, context, policy, authorizeResult);
        }
    }
}
