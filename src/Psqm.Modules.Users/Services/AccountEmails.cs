using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Psqm.Core.Email;
using Psqm.Core.Localization;
using Psqm.Core.Routing;
using Psqm.Core.Tenancy;
using Psqm.Modules.Users.Data;

namespace Psqm.Modules.Users.Services;

/// <summary>The account emails: a reset in the language of the page that asked, an invitation in the invitee's.</summary>
public sealed class AccountEmails(EmailOutbox outbox, PageLinks links, TenantUrls urls, IStringLocalizer<AccountEmails> s)
{
    /// <summary>The English route of the page that sets a password (its <c>@page</c> directive).</summary>
    public const string ResetPasswordRoute = "account/reset-password";

    public Task SendPasswordResetAsync(HttpContext context, string email, string code)
    {
        var tenant = context.RequiredTenant();
        var site = tenant.SiteName(CultureInfo.CurrentUICulture);
        var path = links.Page(context, "/Account/ResetPassword", new { email, code });
        var url = urls.Absolute(tenant, path ?? "/");
        var body = string.Join("\n\n",
            s["Someone asked to reset the password of your {0} account.", site],
            s["To choose a new password, open this link within 2 hours:"] + "\n" + url,
            s["If you did not ask for this, you can ignore this email: your password has not changed."],
            site);
        return outbox.QueueAsync(new EmailMessage(email, s["Reset your {0} password", site], body), cancellationToken: context.RequestAborted);
    }

    /// <summary>The invitation, in the language chosen for the person, with the link that sets their password.</summary>
    public async Task SendInvitationAsync(PsqmUser user, string url, CancellationToken cancellationToken)
    {
        var tenant = TenantScope.Required;
        var culture = tenant.CultureOf(user.PreferredCulture);
        using var _ = CultureScope.Enter(culture);
        var site = tenant.SiteName(culture);
        var body = string.Join("\n\n",
            s["Dear {0},", user.DisplayName.Length > 0 ? user.DisplayName : user.Email!],
            s["You have been given an account on {0}.", site],
            s["To choose your password and sign in, open this link within 7 days:"] + "\n" + url,
            s["If you were not expecting this, you can ignore this email."],
            site);
        await outbox.QueueAsync(new EmailMessage(user.Email!, s["Your {0} account", site], body) { ReplyTo = tenant.Site.ContactEmail }, cancellationToken: cancellationToken);
    }

    /// <summary>The address of the page where an invited person sets their password, in their language.</summary>
    public string InvitationLink(PsqmUser user, string code)
    {
        var tenant = TenantScope.Required;
        var culture = tenant.CultureOf(user.PreferredCulture);
        // Written from the page's route words rather than by the router: the command line, which invites the first
        // administrator of a site, runs no router.
        var route = culture.TwoLetterISOLanguageName == "cy" ? Manifest.Value.WelshRoutes["/Account/ResetPassword"] : ResetPasswordRoute;
        var path = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            tenant.PathBaseFor(culture).Add("/" + route).Value!,
            new Dictionary<string, string?> { ["email"] = user.Email, ["code"] = code, ["invitation"] = "true" });
        return urls.Absolute(tenant, path);
    }
}
