using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Email;
using Psqm.Core.Hubs;
using Psqm.Core.Localization;
using Psqm.Core.Tenancy;
using Psqm.Modules.Enquiries.Data;

namespace Psqm.Modules.Enquiries.Services;

/// <summary>
/// The emails of a new registration, queued in the transaction that saves it: the school's confirmation in the
/// language of the form it filled in, and a note to HQ and the routed hub's leaders, each in their own language.
/// </summary>
public sealed class EnquiryEmails(EmailOutbox outbox, IHubMembers members, MarkChoices marks, IStringLocalizer<EnquiryEmails> s)
{
    public async Task QueueAsync(Enquiry enquiry, EnquirySettings settings, string hubName, Func<CultureInfo, string> linkToEnquiry, DbContext within, CancellationToken cancellationToken = default)
    {
        var tenant = TenantScope.Required;
        await outbox.QueueAsync((await ConfirmationAsync(enquiry, settings, hubName, tenant, cancellationToken)) with { ReplyTo = tenant.Site.ContactEmail }, within, cancellationToken);

        var team = await members.ProgrammeTeamAsync(cancellationToken);
        var leaders = enquiry.Hub is null ? [] : await members.LeadersAsync(enquiry.Hub, cancellationToken);
        foreach (var recipient in team.Concat(leaders).DistinctBy(r => r.Email.ToUpperInvariant()))
        {
            var culture = tenant.CultureOf(recipient.Culture);
            using var _ = CultureScope.Enter(culture);
            var body = string.Join("\n\n",
                s["{0} has registered an interest in {1}.", enquiry.SchoolName, await marks.NameAsync(enquiry.Mark, cancellationToken)],
                hubName.Length > 0 ? s["It has been passed to {0} hub.", hubName] : s["No hub covers its area, so it is with the programme team."],
                s["Open the registration: {0}", linkToEnquiry(culture)],
                tenant.SiteName(culture));
            await outbox.QueueAsync(new EmailMessage(recipient.Email, s["New registration of interest: {0}", enquiry.Reference], body), within, cancellationToken);
        }
    }

    private async Task<EmailMessage> ConfirmationAsync(Enquiry enquiry, EnquirySettings settings, string hubName, Tenant tenant, CancellationToken cancellationToken)
    {
        var site = tenant.SiteName(CultureInfo.CurrentUICulture);
        var fee = Fee(enquiry.Pupils, settings);
        var lines = new List<string>
        {
            s["Dear {0},", enquiry.ContactName],
            s["Thank you for registering {0}'s interest in {1}. Your reference is {2}.", enquiry.SchoolName, await marks.NameAsync(enquiry.Mark, cancellationToken), enquiry.Reference],
            s["What happens next"] + "\n" + string.Join("\n", new[]
            {
                "1. " + (hubName.Length > 0 ? s["The leader of {0} hub will contact you within ten working days.", hubName] : s["The programme team will put you in touch with your nearest hub within ten working days."]),
                "2. " + s["They will tell you the dates of the Day 1 training for the {0} round and how to enrol.", Rounds.Name(enquiry.Round, s)],
                "3. " + s["You pay the fee when you enrol, not now."],
            }),
            fee.Small
                ? s["The fee for a school of {0} pupils is {1} (the small-school rate).", enquiry.Pupils, fee.Text]
                : s["The fee is {0} per school.", fee.Text],
            s["If you did not register, or want us to forget these details, reply to this email."],
            site,
        };
        return new EmailMessage(enquiry.Email, s["We have your registration: {0}", enquiry.Reference], string.Join("\n\n", lines));
    }

    public static (bool Small, string Text) Fee(int pupils, EnquirySettings settings)
    {
        var small = pupils < settings.SmallSchoolPupils;
        var amount = small ? settings.SmallSchoolFee : settings.StandardFee;
        return (small, settings.Currency + amount.ToString("N0", CultureInfo.CurrentCulture));
    }
}
