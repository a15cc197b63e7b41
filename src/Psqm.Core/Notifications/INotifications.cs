using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace Psqm.Core.Notifications;

/// <summary>Something a user should look at, already in their language, with the page it is about.</summary>
public sealed record Notice(int Id, string Text, string Link, DateTime CreatedUtc, bool Read);

/// <summary>
/// The in-product notifications behind the header's bell: written beside the email that says the same, read by the
/// signed-in user. Given by the users module.
/// </summary>
public interface INotifications
{
    /// <summary>Adds one for the account with this address, inside <paramref name="within"/>'s open transaction when given.</summary>
    Task AddAsync(string email, string text, string link, DbContext? within, CancellationToken cancellationToken);

    Task<int> UnreadAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<IReadOnlyList<Notice>> ListAsync(ClaimsPrincipal user, int take, CancellationToken cancellationToken);

    Task MarkAllReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
