using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Email;
using Psqm.Core.Hubs;
using Psqm.Core.Localization;
using Psqm.Core.Notifications;
using Psqm.Core.Routing;
using Psqm.Core.Tenancy;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// What an application to lead a hub sends: a receipt to the applicant and a notice to HQ, HQ's decision to the
/// applicant in the language they applied in, and a reminder to HQ when one has waited. Each inside the change's transaction.
/// </summary>
public sealed class ApplicationEmails(
    Notices notices, IHubMembers members, PublishedContent published, PageLinks links, TenantUrls urls, IStringLocalizer<ApplicationEmails> s)
{
    public async Task ReceivedAsync(HubLeaderApplication application, DbContext within, CancellationToken cancellationToken)
    {
        await ToApplicantAsync(application, within, () =>
        [
            s["We have your application to lead a hub: {0}", application.Reference],
            s["Thank you for applying to lead a hub. Your reference is {0}. The programme team reads every application and will write to you with their decision.", application.Reference],
        ], cancellationToken);
        await ToTeamAsync(application, within, () =>
        [
            s["Hub leader application: {0}", application.Name],
            s["{0} of {1} has applied to lead a hub. Read their answers, then accept them for a hub or decline.", application.Name, application.Organisation],
        ], cancellationToken);
    }

    public Task WaitingAsync(HubLeaderApplication application, DbContext within, CancellationToken cancellationToken) =>
        ToTeamAsync(application, within, () =>
        [
            s["Waiting for two weeks: hub leader application from {0}", application.Name],
            s["The application of {0} has waited two weeks for a decision.", application.Name],
        ], cancellationToken);

    public async Task DecidedAsync(HubLeaderApplication application, bool accepted, string? hub, string? reason, DbContext within, CancellationToken cancellationToken)
    {
        var hubs = (await published.TermsAsync(cancellationToken)).GetValueOrDefault(Taxonomies.Hubs) ?? [];
        string HubName() => hubs.FirstOrDefault(h => h.Key == hub)?.Name.In(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? hub ?? "";
        await ToApplicantAsync(application, within, () => accepted
            ?
            [
                s["Welcome: you are a hub leader of {0}", HubName()],
                s["The programme team has accepted your application ({0}). You will lead {1}.", application.Reference, HubName()],
                s["If you have no account on this site yet, a separate email brings a link to set your password. If you have one, sign in: {0}", Absolute("/Account/SignIn", new { })],
            ]
            :
            [
                s["Your application to lead a hub: {0}", application.Reference],
                s["Thank you for applying to lead a hub. The programme team cannot offer you a hub this time."],
                s["Their reason:"] + "\n" + (reason ?? "").Trim(),
            ], cancellationToken);
    }

    // The first line is the subject, the rest its paragraphs. The applicant may have no account: email only.
    private Task ToApplicantAsync(HubLeaderApplication application, DbContext within, Func<IReadOnlyList<string>> words, CancellationToken cancellationToken) =>
        notices.SendAsync([new Recipient(application.Email, application.Culture)], _ => Text(words(), null), within, cancellationToken);

    private async Task ToTeamAsync(HubLeaderApplication application, DbContext within, Func<IReadOnlyList<string>> words, CancellationToken cancellationToken) =>
        await notices.SendAsync(
            await members.ProgrammeTeamAsync(cancellationToken),
            culture => Text(words(), links.Page("/Admin/Programme/Application", new { id = application.Id }, culture) ?? "/"),
            within,
            cancellationToken);

    private static NoticeText Text(IReadOnlyList<string> lines, string? path) => new(lines[0], lines.Skip(1).ToList(), path);

    private string Absolute(string page, object values) => urls.Absolute(links.Page(page, values, CultureInfo.CurrentUICulture) ?? "/");
}
