using System.Globalization;
using Microsoft.Extensions.Localization;
using Psqm.Core.Email;
using Psqm.Core.Hubs;
using Psqm.Core.Localization;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// Tells the other side of a thread that a message is waiting, each reader in their own language. The message itself
/// stays on the site, where only the school and its hub leader can read it.
/// </summary>
public sealed class MessageEmails(EmailOutbox outbox, IHubMembers members, IStringLocalizer<MessageEmails> s)
{
    public async Task QueueAsync(Message message, SchoolYear year, Func<CultureInfo, bool, string> linkToThread, CancellationToken cancellationToken)
    {
        var tenant = TenantScope.Required;
        var recipients = message.FromSchool ? await members.MentorsOfAsync(year.Enrolment, cancellationToken)
            : await members.AddressesAsync(year.School.Contacts.Select(c => c.Email).ToList(), cancellationToken);
        var fromAssessor = !message.FromSchool && string.Equals(message.Author, year.Enrolment.Assessor, StringComparison.OrdinalIgnoreCase);
        foreach (var recipient in recipients.Where(r => !string.Equals(r.Email, message.Author, StringComparison.OrdinalIgnoreCase)))
        {
            var culture = tenant.CultureOf(recipient.Culture);
            using var _ = CultureScope.Enter(culture);
            var body = string.Join("\n\n",
                message.FromSchool
                    ? s["{0} of {1} has written to you.", message.AuthorName, year.School.Name]
                    : fromAssessor ? s["{0}, your assessor, has written to you about {1}'s year.", message.AuthorName, year.School.Name]
                    : s["{0}, your hub leader, has written to you about {1}'s year.", message.AuthorName, year.School.Name],
                s["Read it and reply: {0}", linkToThread(culture, !message.FromSchool)],
                s["Messages stay on the site, where only your school and those who follow its year can read them."],
                tenant.SiteName(culture));
            await outbox.QueueAsync(new EmailMessage(recipient.Email, s["New message: {0}", year.School.Name], body), cancellationToken: cancellationToken);
        }
    }
}
