using System.Globalization;
using Microsoft.Extensions.Localization;
using Psqm.Core.Email;
using Psqm.Core.Hubs;
using Psqm.Core.Localization;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// Tells the other side that a submission moved: its hub leaders (or assessor) when the school submits, the school when
/// it is returned or signed off, each reader in their own language, with a link back and the feedback.
/// </summary>
public sealed class SubmissionEmails(EmailOutbox outbox, IHubMembers members, IStringLocalizer<SubmissionEmails> s)
{
    public async Task QueueAsync(SchoolYear year, string step, string? feedback, Func<CultureInfo, bool, string> link, CancellationToken cancellationToken)
    {
        var tenant = TenantScope.Required;
        var toSchool = step != "submit";
        var recipients = toSchool
            ? await members.AddressesAsync(year.School.Contacts.Select(c => c.Email).ToList(), cancellationToken)
            : await members.MentorsOfAsync(year.Enrolment, cancellationToken);
        foreach (var recipient in recipients)
        {
            var culture = tenant.CultureOf(recipient.Culture);
            using var _ = CultureScope.Enter(culture);
            var (subject, opening) = step switch
            {
                "submit" => (s["Submission to sign off: {0}", year.School.Name], s["{0} has submitted its reflections and evidence for you to sign off.", year.School.Name]),
                "return" => (s["Your submission has come back: {0}", year.School.Name], s["Your hub leader has returned your submission with feedback. Change what they ask, then submit again."]),
                _ => (s["Your submission is signed off: {0}", year.School.Name], s["Your hub leader has signed off your submission. It goes on to be reviewed."]),
            };
            var lines = new List<string> { opening };
            if (toSchool && !string.IsNullOrWhiteSpace(feedback))
            {
                lines.Add(s["Their feedback:"] + "\n" + feedback.Trim());
            }

            lines.Add(s["See it here: {0}", link(culture, toSchool)]);
            lines.Add(tenant.SiteName(culture));
            await outbox.QueueAsync(new EmailMessage(recipient.Email, subject, string.Join("\n\n", lines)), cancellationToken: cancellationToken);
        }
    }
}
