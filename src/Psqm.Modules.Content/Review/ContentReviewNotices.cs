using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Email;
using Psqm.Core.Hubs;
using Psqm.Core.Localization;
using Psqm.Core.Notifications;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Content.Review;

/// <summary>
/// Tells the editors that an item waits for them, and its author what they decided, by email and in the product's
/// notifications, each reader in their own language, inside the step's transaction.
/// </summary>
public sealed class ContentReviewNotices(Notices notices, IHubMembers members, PageLinks links, IStringLocalizer<ContentReviewNotices> s)
{
    public async Task QueueAsync(ContentItem item, WorkflowContext context, bool toEditors, CancellationToken cancellationToken)
    {
        var within = context.Store!;
        var recipients = toEditors ? await EditorsAsync(cancellationToken) : await members.AddressesAsync([await SenderAsync((WorkflowsDbContext)within, context.Instance.Id, cancellationToken)], cancellationToken);
        await notices.SendAsync(recipients, culture =>
        {
            var (subject, opening) = context.Transition.Key switch
            {
                "send" => (s["For review: {0}", item.Title], s["{0} has sent “{1}” to be published on the whole site. Read it, then publish it or return it with feedback.", context.User.DisplayName(), item.Title]),
                "publish" => (s["Published: {0}", item.Title], s["An editor has published “{0}” on the whole site.", item.Title]),
                _ => (s["Returned with feedback: {0}", item.Title], s["An editor has returned “{0}” with feedback. Change what they ask, then send it again.", item.Title]),
            };
            var lines = new List<string> { opening };
            if (!string.IsNullOrWhiteSpace(context.Comment))
            {
                lines.Add((toEditors ? s["Their note:"] : s["Their feedback:"]) + "\n" + context.Comment.Trim());
            }

            return new NoticeText(subject, lines, links.Page("/Admin/Content/Edit", new { id = item.ContentItemId }, culture) ?? "/");
        }, within, cancellationToken);
    }

    // A tenant without editors has its programme team publish.
    private async Task<IReadOnlyList<Recipient>> EditorsAsync(CancellationToken cancellationToken) =>
        await members.EditorsAsync(cancellationToken) is { Count: > 0 } editors ? editors : await members.ProgrammeTeamAsync(cancellationToken);

    private static async Task<string> SenderAsync(WorkflowsDbContext db, int instance, CancellationToken cancellationToken) =>
        await db.Steps.Where(s => s.InstanceId == instance && s.Transition == "send").OrderByDescending(s => s.Id).Select(s => s.By).FirstOrDefaultAsync(cancellationToken) ?? "";
}
