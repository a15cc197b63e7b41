using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Psqm.Core.Security;

/// <summary>
/// Which hubs' records a user works on: every hub (HQ, editors) or their own hub only (hub leaders). A user who
/// should be limited to a hub but has none sees nothing, never everything.
/// </summary>
public sealed record HubScope
{
    public static readonly HubScope Everything = new((string?)null);

    private HubScope(string? hub) => Hub = hub;

    /// <summary>The one hub, or null for every hub.</summary>
    public string? Hub { get; }

    public bool IsEverything => Hub is null;

    public static HubScope Only(string? hub) => new(hub ?? "");

    /// <summary>Every hub for a holder of <paramref name="everyHub"/>, else the user's own hub.</summary>
    public static async Task<HubScope> ForAsync(IAuthorizationService authorization, ClaimsPrincipal user, string everyHub) =>
        (await authorization.AuthorizeAsync(user, PermissionPolicy.For(everyHub))).Succeeded ? Everything : Only(user.HubKey());

    public bool Covers(string? hub) => Hub is null || (Hub.Length > 0 && string.Equals(hub, Hub, StringComparison.Ordinal));

    /// <summary>Narrows a query to the records of the scope's hub.</summary>
    public IQueryable<T> Filter<T>(IQueryable<T> query, Expression<Func<T, string?>> hubOf)
    {
        if (Hub is null)
        {
            return query;
        }

        // No hub is no record, not the records that have no hub (a Basic Skills school has none).
        if (Hub.Length == 0)
        {
            return query.Where(_ => false);
        }

        var hub = Hub;
        var equals = Expression.Lambda<Func<T, bool>>(Expression.Equal(hubOf.Body, Expression.Constant(hub, typeof(string))), hubOf.Parameters);
        return query.Where(equals);
    }
}
