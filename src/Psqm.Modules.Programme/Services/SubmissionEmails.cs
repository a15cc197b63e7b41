using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Psqm.Core.Email;
using Psqm.Core.Hubs;
using Psqm.Core.Localization;
using Psqm.Core.Routing;
using Psqm.Core.Tenancy;
using Psqm.Modules.Awards.Services;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// Tells whoever acts next that a submission moved, each reader in their own language with a link to where they act:
/// its hub leaders (or assessor) when the school submits; the reviewer when HQ assigns them; HQ when a review is sent
/// or a reviewer steps down; the school when it is returned, signed off or decided, with the feedback and, when
/// awarded, its certificate. The school is never told who reviewed it.
/// </summary>
public sealed class SubmissionEmails(EmailOutbox outbox, IHubMembers members, Reviews reviews, AwardRegister awards, PageLinks links, TenantUrls urls, IStringLocalizer<SubmissionEmails> s)
{
    public async Task QueueAsync(SchoolYear year, string step, string? feedback, HttpContext http, CancellationToken cancellationToken)
    {
        var tenant = TenantScope.Required;
        var id = year.Enrolment.Id;
        var school = year.School.Name;
        var review = step == "assign-reviewer" ? await reviews.CurrentAsync(id, cancellationToken) : null;
        var certificate = step == "award" ? (await awards.ForEnrolmentAsync(id, cancellationToken))?.Code : null;
        var (recipients, page, values) = step switch
        {
            "submit" => (await members.MentorsOfAsync(year.Enrolment, cancellationToken), "/MyHub/School", (object)new { id }),
            "assign-reviewer" when review is not null => (await members.AddressesAsync([review.Reviewer], cancellationToken), "/MyHub/Review", new { id = review.Id }),
            "review" or "decline-review" => (await members.ProgrammeTeamAsync(cancellationToken), "/MyHub/School", new { id }),
            _ => (await members.AddressesAsync(year.School.Contacts.Select(c => c.Email).ToList(), cancellationToken), "/MySchool/Submission", new { }),
        };
        var toSchool = page == "/MySchool/Submission";
        foreach (var recipient in recipients)
        {
            var culture = tenant.CultureOf(recipient.Culture);
            using var _ = CultureScope.Enter(culture);
            var (subject, opening) = step switch
            {
                "submit" => (s["Submission to sign off: {0}", school], s["{0} has submitted its reflections and evidence for you to sign off.", school]),
                "return" => (s["Your submission has come back: {0}", school], s["Your hub leader has returned your submission with feedback. Change what they ask, then submit again."]),
                "sign-off" => (s["Your submission is signed off: {0}", school], s["Your hub leader has signed off your submission. It goes on to be reviewed."]),
                "assign-reviewer" => (s["A submission for you to review: {0}", school], s["You have been asked to review the submission of {0}, a school of another hub. If you cannot review it fairly, say so on the review page.", school]),
                "decline-review" => (s["A reviewer has stepped down: {0}", school], s["The reviewer of {0} has declared a conflict of interest. Assign another reviewer.", school]),
                "review" => (s["A review is ready for moderation: {0}", school], s["The review of {0} has been sent. It is ready for you to moderate and award.", school]),
                "award" => (s["Congratulations: {0} has been awarded", school], s["Your school has been awarded its quality mark. Well done to everyone involved."]),
                _ => (s["Your submission: {0}", school], s["Your submission has been moderated and is not awarded yet. The feedback says what to do next."]),
            };
            var lines = new List<string> { opening };
            if (toSchool && !string.IsNullOrWhiteSpace(feedback))
            {
                lines.Add(s["Their feedback:"] + "\n" + feedback.Trim());
            }

            if (certificate is not null)
            {
                lines.Add(s["Your certificate: {0}", Absolute(http, "/Awards/Certificate", new { code = certificate }, culture)]);
            }

            lines.Add(s["See it here: {0}", Absolute(http, page, values, culture) + (page == "/MyHub/School" ? "#submission" : "")]);
            lines.Add(tenant.SiteName(culture));
            await outbox.QueueAsync(new EmailMessage(recipient.Email, subject, string.Join("\n\n", lines)), cancellationToken: cancellationToken);
        }
    }

    private string Absolute(HttpContext http, string page, object values, CultureInfo culture) =>
        urls.Absolute(links.Page(http, page, values, culture) ?? "/");
}
