using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Psqm.Core.Localization;
using Psqm.Core.Navigation;
using Psqm.Core.Security;

namespace Psqm.Modules.Content.Review;

/// <summary>On an editor's dashboard: how many hub leaders' items wait for their review.</summary>
public sealed class ContentReviewTasks(ContentReview review, IAuthorizationService authorization, IStringLocalizer<ContentReviewTasks> s) : IDashboardTasks
{
    public string ModuleName => Manifest.Value.Name;

    public async Task<IReadOnlyList<DashboardTask>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(user, PermissionPolicy.For(Permissions.PublishContent.Name))).Succeeded
            || (await review.WaitingAsync(null, cancellationToken)).Count is not (> 0 and var waiting))
        {
            return [];
        }

        return [new(s.Plural(waiting, "{0} item is waiting for an editor's review", "{0} items are waiting for an editor's review").Value, "/Admin/Content/Index", new Dictionary<string, string?> { ["waiting"] = "true" })];
    }
}
