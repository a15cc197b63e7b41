using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Core.Notifications;
using Psqm.Core.Routing;

namespace Psqm.Modules.Users.Pages.Account;

/// <summary>The signed-in person's notifications, newest first, the unread marked, with a way to mark them all read.</summary>
[Authorize]
public sealed class NotificationsModel(INotifications notifications, PageLinks links) : PageModel
{
    public const int Shown = 50;

    public IReadOnlyList<Notice> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await notifications.ListAsync(User, Shown, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        await notifications.MarkAllReadAsync(User, HttpContext.RequestAborted);
        return LocalRedirect(links.Page(HttpContext, "/Account/Notifications") ?? "~/");
    }
}
