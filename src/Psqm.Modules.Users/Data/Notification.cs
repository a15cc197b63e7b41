namespace Psqm.Modules.Users.Data;

/// <summary>One notification for one user, by their normalised address; read once they say so.</summary>
public sealed class Notification
{
    public int Id { get; set; }

    public string Recipient { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>The page it is about, as a path of the tenant.</summary>
    public string Link { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime? ReadUtc { get; set; }
}
