using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Content.Review;

/// <summary>Where an item stands in its review: the instance (its version for the next step) and the last step taken.</summary>
public sealed record ReviewStatus(WorkflowInstance Instance, WorkflowStep? Last)
{
    public bool Waiting => Instance.State == ContentReview.InReview;
}

/// <summary>
/// A hub leader's item for the whole site reaches the site through an editor: the <c>publishing</c> workflow, whose
/// subject is the content item. The author sends it, an editor publishes it (the publication commits with the step)
/// or returns it with feedback, and the author may take it back while it waits.
/// </summary>
public sealed class ContentReview(WorkflowEngine engine, WorkflowsDbContext db, PublishedContent published)
{
    public const string Definition = "publishing";
    public const string Subject = "content";
    public const string InReview = "in-review";

    /// <summary>The item's review, or null when it has never been sent.</summary>
    public async Task<ReviewStatus?> StatusAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var instance = await engine.FindAsync(Definition, Subject, contentItemId, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var last = await db.Steps.AsNoTracking().Where(s => s.InstanceId == instance.Id).OrderByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        return new ReviewStatus(instance, last);
    }

    /// <summary>The items waiting for an editor, among these (or all of them, without ids).</summary>
    public async Task<IReadOnlySet<string>> WaitingAsync(IReadOnlyCollection<string>? among, CancellationToken cancellationToken)
    {
        var query = db.Instances.AsNoTracking().Where(i => i.Definition == Definition && i.SubjectType == Subject && i.State == InReview);
        if (among is not null)
        {
            query = query.Where(i => among.Contains(i.SubjectId));
        }

        return (await query.Select(i => i.SubjectId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
    }

    public Task<TransitionOutcome> SendAsync(string contentItemId, Guid seen, ClaimsPrincipal user, string? comment, CancellationToken cancellationToken) =>
        TakeAsync(contentItemId, "send", seen, user, comment, null, cancellationToken);

    public Task<TransitionOutcome> WithdrawAsync(string contentItemId, Guid seen, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TakeAsync(contentItemId, "withdraw", seen, user, null, null, cancellationToken);

    public Task<TransitionOutcome> ReturnAsync(string contentItemId, Guid seen, ClaimsPrincipal user, string? feedback, CancellationToken cancellationToken) =>
        TakeAsync(contentItemId, "return", seen, user, feedback, null, cancellationToken);

    /// <summary>Publishes the version the editor read, unless the author has saved another since.</summary>
    public async Task<TransitionOutcome> PublishAsync(string contentItemId, Guid seen, int version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var outcome = await TakeAsync(
            contentItemId, "publish", seen, user, null, new Dictionary<string, string> { ["version"] = version.ToString(CultureInfo.InvariantCulture) }, cancellationToken);
        if (outcome.Taken)
        {
            // After the commit: the stamp is written on a connection of its own.
            await published.InvalidateAsync();
        }

        return outcome;
    }

    private Task<TransitionOutcome> TakeAsync(
        string contentItemId, string step, Guid seen, ClaimsPrincipal user, string? comment, IReadOnlyDictionary<string, string>? values, CancellationToken cancellationToken) =>
        engine.TakeOnAsync(Definition, Subject, contentItemId, step, seen, user, comment, values, cancellationToken);
}
