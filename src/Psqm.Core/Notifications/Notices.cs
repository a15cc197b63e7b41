using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Email;
using Psqm.Core.Hubs;
using Psqm.Core.Localization;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Notifications;

/// <summary>What one message says to one reader: the subject, its paragraphs, and the page it is about (null: none).</summary>
public sealed record NoticeText(string Subject, IReadOnlyList<string> Lines, string? Path);

/// <summary>
/// One message to each recipient, in their own language: an email through the outbox (with a link to the page, and
/// the site's name) and, when it is about a page, the same in the product's notifications; inside
/// <c>within</c>'s transaction when given.
/// </summary>
public sealed class Notices(EmailOutbox outbox, INotifications notifications, TenantUrls urls, IStringLocalizer<Notices> s)
{
    public async Task SendAsync(IEnumerable<Recipient> recipients, Func<CultureInfo, NoticeText> words, DbContext? within, CancellationToken cancellationToken)
    {
        var tenant = TenantScope.Required;
        foreach (var recipient in recipients.Where(r => !string.IsNullOrEmpty(r.Email)))
        {
            var culture = tenant.CultureOf(recipient.Culture);
            using var _ = CultureScope.Enter(culture);
            var text = words(culture);
            var body = text.Path is null ? text.Lines : [.. text.Lines, s["See it here: {0}", urls.Absolute(text.Path)]];
            await outbox.QueueAsync(new EmailMessage(recipient.Email, text.Subject, string.Join("\n\n", body.Append(tenant.SiteName(culture)))), within, cancellationToken);
            if (text.Path is not null)
            {
                await notifications.AddAsync(recipient.Email, text.Subject, text.Path, within, cancellationToken);
            }
        }
    }
}
