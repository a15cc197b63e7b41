using System.Globalization;
using Microsoft.Extensions.Localization;
using Psqm.Core.Email;
using Psqm.Core.Tenancy;
using Psqm.Modules.Enquiries.Data;

namespace Psqm.Modules.Enquiries.Services;

/// <summary>The confirmation a school gets, in the language of the form it filled in, with what happens next and its fee.</summary>
public sealed class EnquiryEmails(IEmailSender sender, IStringLocalizer<EnquiryEmails> s)
{
    public Task SendConfirmationAsync(Enquiry enquiry, EnquirySettings settings, string hubName, CancellationToken cancellationToken = default)
    {
        var tenant = TenantScope.Required;
        var site = tenant.SiteName(CultureInfo.CurrentUICulture);
        var fee = Fee(enquiry.Pupils, settings);
        var lines = new List<string>
        {
            s["Dear {0},", enquiry.ContactName],
            s["Thank you for registering {0}'s interest in {1}. Your reference is {2}.", enquiry.SchoolName, s[EnquiryChoices.Name(EnquiryChoices.Marks, enquiry.Mark)], enquiry.Reference],
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
        return sender.SendAsync(new EmailMessage(enquiry.Email, s["We have your registration: {0}", enquiry.Reference], string.Join("\n\n", lines)), cancellationToken);
    }

    public static (bool Small, string Text) Fee(int pupils, EnquirySettings settings)
    {
        var small = pupils < settings.SmallSchoolPupils;
        var amount = small ? settings.SmallSchoolFee : settings.StandardFee;
        return (small, settings.Currency + amount.ToString("N0", CultureInfo.CurrentCulture));
    }
}
