using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Content.Review;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Security;

namespace Psqm.Modules.Content;

/// <summary>What a user may do with one item, or with a new item of a type.</summary>
/// <param name="Hub">When set, the user works only on this hub's items (and, with <see cref="WholeSite"/>, their own for the whole site).</param>
public sealed record ContentRights(bool Edit, bool Publish, string? Hub)
{
    public static readonly ContentRights None = new(false, false, null);

    /// <summary>A hub leader may also write for the whole site, leaving the hub empty: an editor reviews it before it is published.</summary>
    public bool WholeSite { get; init; }

    /// <summary>Whether they may publish the item with this hub: a hub leader only their own hub's.</summary>
    public bool MayPublish(string? hub) => Publish && (Hub is null || hub == Hub);
}

/// <summary>
/// Editors and HQ work on everything. A hub leader works on the hub-scoped types (resources, webinars) of their
/// own hub, and publishes them there; an item for the whole site, without a hub, is theirs to write but goes to an
/// editor (the <c>publishing</c> workflow) to be published.
/// </summary>
public sealed class ContentAccess(IAuthorizationService authorization, WorkflowsDbContext workflows)
{
    public async Task<ContentRights> RightsAsync(ClaimsPrincipal user, ContentTypeDefinition type, ContentItem? item)
    {
        if (await HasAsync(user, Permissions.EditContent))
        {
            return new(true, await HasAsync(user, Permissions.PublishContent), null);
        }

        var hub = user.HubKey();
        if (!type.HubScoped || hub is null || !await HasAsync(user, Permissions.EditHubContent))
        {
            return ContentRights.None;
        }

        var wholeSite = await workflows.Definitions.AnyAsync(d => d.Key == ContentReview.Definition);
        var itemHub = item?.Field(ContentTypeDefinition.HubField);
        if (item is null || itemHub == hub)
        {
            return new(true, true, hub) { WholeSite = wholeSite };
        }

        return wholeSite && string.IsNullOrEmpty(itemHub) && IsOwner(user, item) ? new(true, false, hub) { WholeSite = true } : ContentRights.None;
    }

    /// <summary>The hub whose items alone this user may list, or null for every item.</summary>
    public async Task<string?> OnlyHubAsync(ClaimsPrincipal user) =>
        (await HubScope.ForAsync(authorization, user, Permissions.EditContent.Name)).Hub;

    /// <summary>What a hub leader lists of the hub-scoped types: their hub's items, and their own for the whole site.</summary>
    public static IQueryable<ContentItem> OfHub(IQueryable<ContentItem> items, ClaimsPrincipal user, string hub, ContentTypes types)
    {
        var scoped = types.All.Where(t => t.HubScoped).Select(t => t.Name).ToArray();
        var owner = OwnerName(user);
        return items.Where(c => scoped.Contains(c.ContentType) && (c.Hub == hub || (c.Hub == null && c.Owner == owner)));
    }

    /// <summary>Whether a hub leader lists this item (<see cref="OfHub"/>, for items already in memory).</summary>
    public static bool IsOfHub(ContentItem item, ClaimsPrincipal user, string hub) =>
        item.Hub == hub || (item.Hub is null && item.Owner == OwnerName(user));

    /// <summary>Who an item belongs to, as <see cref="ContentItem.Owner"/> records them.</summary>
    public static string OwnerName(ClaimsPrincipal user) => user.Identity?.Name ?? "";

    private static bool IsOwner(ClaimsPrincipal user, ContentItem item) =>
        OwnerName(user).Length > 0 && string.Equals(item.Owner, OwnerName(user), StringComparison.OrdinalIgnoreCase);

    private async Task<bool> HasAsync(ClaimsPrincipal user, Permission permission) =>
        (await authorization.AuthorizeAsync(user, PermissionPolicy.For(permission.Name))).Succeeded;
}
