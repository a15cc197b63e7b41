namespace Psqm.Modules.Users.Data;

/// <summary>
/// A signed-in session, named in the sign-in cookie. The cookie is only good while its row exists, so signing out
/// (or being disabled, or a password reset) ends the session on the server and a copied cookie stops working.
/// </summary>
public sealed class UserSession
{
    public string Id { get; set; } = "";

    public string UserId { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
