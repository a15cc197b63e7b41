using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Security;

namespace Psqm.Modules.Content;

/// <summary>What a user may do with one item, or with a new item of a type.</summary>
/// <param name="Hub">When set, the user works only on this hub's items, and every item they save belongs to it.</param>
public sealed record ContentRights(bool Edit, bool Publish, string? Hub)
{
    public static readonly ContentRights None = new(false, false, null);
}

/// <summary>
/// Editors and HQ work on everything. A hub leader works on the hub-scoped types (resources, webinars) of their
/// own hub, and publishes them there; an item for the whole site, without a hub, needs an editor.
/// </summary>
public sealed class ContentAccess(IAuthorizationService authorization)
{
    public async Task<ContentRights> RightsAsync(ClaimsPrincipal user, ContentTypeDefinition type, ContentItem? item)
    {
        if (await HasAsync(user, Permissions.EditContent))
        {
            return new(true, await HasAsync(user, Permissions.PublishContent), null);
        }

        var hub = user.HubKey();
        if (type.HubScoped && hub is not null && await HasAsync(user, Permissions.EditHubContent)
            && (item is null || item.Field(ContentTypeDefinition.HubField) == hub))
        {
            return new(true, true, hub);
        }

        return ContentRights.None;
    }

    /// <summary>The hub whose items alone this user may list, or null for every item.</summary>
    public async Task<string?> OnlyHubAsync(ClaimsPrincipal user) =>
        (await HubScope.ForAsync(authorization, user, Permissions.EditContent.Name)).Hub;

    private async Task<bool> HasAsync(ClaimsPrincipal user, Permission permission) =>
        (await authorization.AuthorizeAsync(user, PermissionPolicy.For(permission.Name))).Succeeded;
}
