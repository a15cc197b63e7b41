using System.Globalization;
using Microsoft.Extensions.Localization;
using Psqm.Core.Email;
using Psqm.Core.Hubs;
using Psqm.Core.Localization;
using Psqm.Core.Notifications;
using Psqm.Core.Routing;
using Psqm.Core.Tenancy;
using Psqm.Modules.Awards.Services;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// Tells whoever acts next that a submission moved, or that it is waiting for them, by email and in the product's
/// notifications, each reader in their own language with a link to where they act: its hub leaders (or assessor), the reviewer, HQ, or the school (with the feedback and,
/// when awarded, its certificate). The school is never told who reviewed it.
/// </summary>
public sealed class SubmissionEmails(
    Notices notices, IHubMembers members, Reviews reviews, AwardRegister awards, PageLinks links, TenantUrls urls, IStringLocalizer<SubmissionEmails> s)
{
    /// <summary>After a step: whoever acts next, told what happened.</summary>
    public async Task QueueAsync(SchoolYear year, string step, string? feedback, string? visit, CancellationToken cancellationToken)
    {
        var audience = step switch
        {
            "submit" => "school-mentor",
            "assign-reviewer" => "reviewer",
            "review" or "decline-review" => "hq",
            _ => "school",
        };
        var school = year.School.Name;
        var certificate = step is "award" or "all-met" ? (await awards.ForEnrolmentAsync(year.Enrolment.Id, cancellationToken))?.Code : null;
        await SendAsync(year, audience, null, culture => step switch
        {
            "submit" => (s["Submission to sign off: {0}", school], s["{0} has submitted its reflections and evidence for you to sign off.", school]),
            "return" => (s["Your submission has come back: {0}", school], s["Your hub leader has returned your submission with feedback. Change what they ask, then submit again."]),
            "sign-off" => (s["Your submission is signed off: {0}", school], s["Your hub leader has signed off your submission. It goes on to be reviewed."]),
            "assign-reviewer" => (s["A submission for you to review: {0}", school], s["You have been asked to review the submission of {0}, a school of another hub. If you cannot review it fairly, say so on the review page.", school]),
            "decline-review" => (s["A reviewer has stepped down: {0}", school], s["The reviewer of {0} has declared a conflict of interest. Assign another reviewer.", school]),
            "review" => (s["A review is ready for moderation: {0}", school], s["The review of {0} has been sent. It is ready for you to moderate and award.", school]),
            "award" or "all-met" => (s["Congratulations: {0} has been awarded", school], s["Your school has been awarded its quality mark. Well done to everyone involved."]),
            "book-visit" => (s["Your assessment visit is booked: {0}", school], s["Your assessor will visit on {0}.", VisitDay(visit)]),
            _ => (s["Your submission: {0}", school], s["Your submission has been moderated and is not awarded yet. The feedback says what to do next."]),
        }, lines =>
        {
            if (audience == "school" && !string.IsNullOrWhiteSpace(feedback))
            {
                lines.Add(s["Their feedback:"] + "\n" + feedback.Trim());
            }

            if (certificate is not null)
            {
                lines.Add(s["Your certificate: {0}", Absolute("/Awards/Certificate", new { code = certificate }, CultureInfo.CurrentUICulture)]);
            }
        }, cancellationToken);
    }

    /// <summary>A timer's message: a reminder before a deadline, a nudge after days in a state, or an escalation to HQ.</summary>
    public async Task RemindAsync(SchoolYear year, string state, string audience, Microsoft.EntityFrameworkCore.DbContext within, CancellationToken cancellationToken)
    {
        var school = year.School.Name;
        string When(string milestone) => year.Round.DateOf(milestone) is { } date ? ProgrammeNames.Date(date) : "";
        var award = state == "awarded" ? await awards.ForEnrolmentAsync(year.Enrolment.Id, cancellationToken) : null;
        await SendAsync(year, audience, within, culture => (state, audience) switch
        {
            ("awarded", _) => (s["Your award ends on {0}: time to renew", award is null ? "" : ProgrammeNames.Date(award.ExpiresOn)],
                s["Your school's quality mark ends on {0}. Register to renew it, in full or online only: your earlier submission will be there to build on.", award is null ? "" : ProgrammeNames.Date(award.ExpiresOn)]),
            ("draft", "school") => (s["Reminder: your submission is due on {0}", When("submission")], s["Submit your reflections and evidence to your hub leader by {0}.", When("submission")]),
            ("draft", _) => (s["Past the submission deadline: {0}", school], s["{0} has not submitted by the deadline, {1}.", school, When("submission")]),
            ("submitted", _) => (s["Waiting for you to sign off: {0}", school], s["The submission of {0} has been waiting for two weeks. Sign it off, or return it with feedback.", school]),
            ("in-review", "reviewer") => (s["Reminder: your review of {0} is due on {1}", school, When("review-window")], s["Send your review of {0} by {1}.", school, When("review-window")]),
            _ => (s["A review is overdue: {0}", school], s["The review of {0} was due on {1}. Ask the reviewer, or assign another.", school, When("review-window")]),
        }, lines =>
        {
            if (state == "awarded")
            {
                lines.Add(s["Register to renew: {0}", urls.Absolute(links.Page("/RegisterInterest/Index", null, CultureInfo.CurrentUICulture) ?? "/")]);
            }
        }, cancellationToken);
    }

    private async Task SendAsync(
        SchoolYear year, string audience, Microsoft.EntityFrameworkCore.DbContext? within,
        Func<CultureInfo, (LocalizedString Subject, LocalizedString Opening)> words, Action<List<string>> more, CancellationToken cancellationToken)
    {
        var id = year.Enrolment.Id;
        var review = audience == "reviewer" ? await reviews.CurrentAsync(id, cancellationToken) : null;
        var (recipients, page, values) = audience switch
        {
            "school-mentor" => (await members.MentorsOfAsync(year.Enrolment, cancellationToken), "/MyHub/School", (object)new { id }),
            "reviewer" when review is not null => (await members.AddressesAsync([review.Reviewer], cancellationToken), "/MyHub/Review", new { id = review.Id }),
            "hq" => (await members.ProgrammeTeamAsync(cancellationToken), "/MyHub/School", new { id }),
            "school" => (await members.AddressesAsync(year.School.Contacts.Select(c => c.Email).ToList(), cancellationToken), "/MySchool/Submission", new { }),
            _ => ([], "", new { }),
        };
        await notices.SendAsync(recipients, culture =>
        {
            var (subject, opening) = words(culture);
            var lines = new List<string> { opening };
            more(lines);
            return new NoticeText(subject, lines, (links.Page(page, values, culture) ?? "/") + (page == "/MyHub/School" ? "#submission" : ""));
        }, within, cancellationToken);
    }

    private static string VisitDay(string? visit) =>
        DateOnly.TryParseExact(visit, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? ProgrammeNames.Date(day) : visit ?? "";

    private string Absolute(string page, object values, CultureInfo culture) => urls.Absolute(links.Page(page, values, culture) ?? "/");
}
