using Psqm.Core.Navigation;
using Psqm.Core.Security;

namespace Psqm.Modules.Content;

public sealed class Permissions : IPermissionProvider, IAdminMenuProvider
{
    public static readonly Permission EditContent = new("EditContent", "Write and change drafts of content");
    public static readonly Permission EditHubContent = new("EditHubContent", "Write and publish their own hub's resources and webinars, and offer them to the whole site through an editor");
    public static readonly Permission PublishContent = new("PublishContent", "Publish, unpublish and delete content");
    public static readonly Permission ManageMedia = new("ManageMedia", "Upload images and documents");
    public static readonly Permission ManageTaxonomies = new("ManageTaxonomies", "Edit topics, key stages, regions and award levels");

    public IEnumerable<Permission> GetPermissions() => [EditContent, EditHubContent, PublishContent, ManageMedia, ManageTaxonomies];

    public IEnumerable<AdminLink> AdminLinks() =>
    [
        new(Manifest.Value.Name, "/Admin/Content/Index", "Content", EditContent.Name + "|" + EditHubContent.Name),
        new(Manifest.Value.Name, "/Admin/Media/Index", "Media", ManageMedia.Name),
        new(Manifest.Value.Name, "/Admin/Taxonomies/Index", "Taxonomies", ManageTaxonomies.Name),
    ];
}
