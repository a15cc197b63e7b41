using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Psqm.Core.Calendars;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Email;
using Psqm.Core.Tenancy;
using Psqm.Modules.Webinars.Data;

namespace Psqm.Modules.Webinars.Services;

public enum WebinarEmail
{
    Confirmation,
    WaitingList,
    PlaceOffered,
    Reminder,
}

/// <summary>
/// The emails of a registration, in the language of the page the person registered on, each with the event as
/// an .ics file they can add to their calendar (except the waiting-list one: they have no place yet).
/// </summary>
public sealed class WebinarEmails(EmailOutbox outbox, PublishedContent published, IStringLocalizer<WebinarEmails> s, TimeProvider clock)
{
    public async Task SendAsync(WebinarEmail kind, Registration registration, Webinar webinar, Microsoft.EntityFrameworkCore.DbContext? within = null, CancellationToken cancellationToken = default)
    {
        var tenant = TenantScope.Required;
        var culture = tenant.CultureOf(registration.Culture);
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        try
        {
            // The title and details in the registrant's language, when the webinar has them.
            var item = await published.TranslationAsync(webinar.Item, registration.Culture, cancellationToken) ?? webinar.Item;
            webinar = Webinar.From(item) ?? webinar;
            var message = Compose(kind, registration, webinar, tenant, culture);
            await outbox.QueueAsync(message with { ReplyTo = tenant.Site.ContactEmail }, within, cancellationToken);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }

    private EmailMessage Compose(WebinarEmail kind, Registration registration, Webinar webinar, Tenant tenant, CultureInfo culture)
    {
        var title = webinar.Item.Title;
        var site = tenant.SiteName(culture);
        var when = EventTimes.Describe(webinar, tenant.TimeZone, s);
        var where = webinar.IsTrainingDay ? s["Venue: {0}", webinar.Item.Field("venue")].Value : s["Join online: {0}", webinar.Item.Field("joinLink")].Value;
        var (subject, opening) = kind switch
        {
            WebinarEmail.Confirmation => (s["You have a place: {0}", title].Value, s["You have a place at “{0}”.", title].Value),
            WebinarEmail.PlaceOffered => (s["A place has come up: {0}", title].Value, s["A place has come up at “{0}”, and it is yours.", title].Value),
            WebinarEmail.Reminder => (s["Reminder: {0}", title].Value, s["This is a reminder that “{0}” starts soon.", title].Value),
            _ => (s["You are on the waiting list: {0}", title].Value, s["Every place at “{0}” is taken, so you are on the waiting list. If a place comes up, we will email you at once with the joining details.", title].Value),
        };
        var body = new StringBuilder();
        body.Append(s["Hello {0},", registration.Name].Value).Append("\n\n").Append(opening).Append("\n\n");
        body.Append(s["When: {0}", when].Value).Append('\n');
        if (kind != WebinarEmail.WaitingList)
        {
            body.Append(where).Append('\n');
            body.Append(s["The calendar file attached adds it to your calendar."].Value).Append('\n');
        }

        body.Append('\n').Append(s["Details: {0}", registration.PageUrl].Value).Append("\n\n");
        body.Append(kind == WebinarEmail.WaitingList
                ? s["To leave the waiting list: {0}", registration.CancelUrl].Value
                : s["If you can no longer come, please cancel so that someone on the waiting list can have your place: {0}", registration.CancelUrl].Value)
            .Append("\n\n").Append(site).Append('\n');

        var message = new EmailMessage(registration.Email, subject, body.ToString());
        if (kind == WebinarEmail.WaitingList)
        {
            return message;
        }

        var description = $"{webinar.Item.Field("summary")}\n\n{where}\n\n{registration.PageUrl}";
        var calendar = ICalendarWriter.Write(title, tenant.TimeZone, [ToEvent(webinar, registration.PageUrl, description)], clock.GetUtcNow().UtcDateTime, culture.TwoLetterISOLanguageName);
        return message with { Attachments = [new EmailAttachment((Slugs.From(title) is { Length: > 0 } file ? file : "event") + ".ics", "text/calendar; charset=utf-8; method=PUBLISH", Encoding.UTF8.GetBytes(calendar))] };
    }

    /// <summary>The event as a calendar entry; the same UID in the feed and in emails, so calendars keep one copy.</summary>
    public static CalendarEvent ToEvent(Webinar webinar, string? url, string description) =>
        new(
            $"{webinar.Key}@psqm-webinars",
            webinar.Item.Version,
            webinar.StartUtc,
            webinar.EndUtc,
            webinar.Item.Title,
            description,
            url,
            webinar.IsTrainingDay ? webinar.Item.Field("venue") : null);
}
