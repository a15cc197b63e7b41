using Psqm.Modules.Content.Engine;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Resources;

/// <summary>
/// Files of members-only resources are for signed-in members only, whoever knows the address. A file that a public
/// item also uses stays public.
/// </summary>
public sealed class ResourceMediaAccess(PublishedContent published) : IMediaAccess
{
    public async Task<bool> IsRestrictedAsync(string fileName, CancellationToken cancellationToken)
    {
        var restricted = false;
        foreach (var culture in TenantScope.Required.Cultures)
        {
            foreach (var item in await published.ListAsync(ResourceType.Name, culture.TwoLetterISOLanguageName, cancellationToken))
            {
                if (item.Field("file") == fileName)
                {
                    if (!ResourceType.IsMembersOnly(item))
                    {
                        return false;
                    }

                    restricted = true;
                }
            }
        }

        return restricted;
    }
}
