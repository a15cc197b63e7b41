using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Psqm.Core.Email;
using Psqm.Core.Routing;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Users.Services;

/// <summary>The account emails, written in the language of the page the user asked from.</summary>
public sealed class AccountEmails(EmailOutbox outbox, PageLinks links, TenantUrls urls, IStringLocalizer<AccountEmails> s)
{
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
}
