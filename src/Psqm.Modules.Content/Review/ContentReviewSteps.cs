using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Psqm.Core.Data;
using Psqm.Core.Security;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Content.Review;

/// <summary><c>rule:content-author</c>: whoever may edit the item (a hub leader their own item for the whole site).</summary>
public sealed class ContentAuthorRule(ContentManager content, ContentTypes types, ContentAccess access) : IWorkflowRule
{
    public string Name => "content-author";

    public string Description => "Whoever may edit the item";

    public async Task<bool> AllowsAsync(WorkflowContext context, CancellationToken cancellationToken) =>
        context.Instance.SubjectType == ContentReview.Subject
        && await content.LatestAsync(context.Instance.SubjectId, cancellationToken) is { } item
        && types.Find(item.ContentType) is { } type
        && (await access.RightsAsync(context.User, type, item)).Edit;
}

/// <summary><c>rule:content-publisher</c>: someone who may publish anything (an editor, HQ).</summary>
public sealed class ContentPublisherRule(IAuthorizationService authorization) : IWorkflowRule
{
    public string Name => "content-publisher";

    public string Description => "An editor";

    public async Task<bool> AllowsAsync(WorkflowContext context, CancellationToken cancellationToken) =>
        context.Instance.SubjectType == ContentReview.Subject
        && (await authorization.AuthorizeAsync(context.User, PermissionPolicy.For(Permissions.PublishContent.Name))).Succeeded;
}

/// <summary><c>content-unchanged</c>: the version the editor read is still the latest, so what is published is what was reviewed.</summary>
public sealed class ContentUnchangedGuard(ContentManager content, IStringLocalizer<ContentUnchangedGuard> s) : IWorkflowGuard
{
    public string Name => "content-unchanged";

    public async Task<string?> CheckAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        var latest = await content.LatestAsync(context.Instance.SubjectId, cancellationToken);
        return latest is not null && context.Value("version") == latest.Id.ToString(CultureInfo.InvariantCulture)
            ? null
            : s["The item has changed since you opened it. Read the latest version, then decide."].Value;
    }
}

/// <summary><c>publish-content</c>: the item's latest version goes on the site, in the step's transaction.</summary>
public sealed class PublishContentAction(IServiceScopeFactory scopes) : IWorkflowAction
{
    public string Name => "publish-content";

    public async Task RunAsync(WorkflowContext context, string? argument, CancellationToken cancellationToken)
    {
        // A scope of its own, so the manager and the search index share one context, and it is on the step's transaction.
        await using var scope = scopes.CreateAsyncScope();
        await SharedTransaction.EnlistAsync(context.Store!, scope.ServiceProvider.GetRequiredService<ContentDbContext>(), cancellationToken);
        var version = int.TryParse(context.Value("version"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null;
        if (await scope.ServiceProvider.GetRequiredService<ContentManager>().PublishEnlistedAsync(context.Instance.SubjectId, version, cancellationToken) != ContentStatus.Ok)
        {
            // The guard saw this version a moment ago; failing rolls the step back rather than record a publication that did not happen.
            throw new InvalidOperationException($"Content item {context.Instance.SubjectId} could not be published.");
        }
    }
}

/// <summary><c>notify-content:editors</c> or <c>notify-content:author</c>: tells whoever acts next, by email and in the product.</summary>
public sealed class NotifyContentAction(ContentManager content, ContentReviewNotices notices) : IWorkflowAction
{
    public string Name => "notify-content";

    public async Task RunAsync(WorkflowContext context, string? argument, CancellationToken cancellationToken)
    {
        if (await content.LatestAsync(context.Instance.SubjectId, cancellationToken) is { } item)
        {
            await notices.QueueAsync(item, context, argument == "editors", cancellationToken);
        }
    }
}
