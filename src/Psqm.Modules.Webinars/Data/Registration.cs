namespace Psqm.Modules.Webinars.Data;

public enum RegistrationStatus
{
    Registered = 0,
    Waiting = 1,
    Cancelled = 2,
}

/// <summary>One person's place (or place in the queue) at a webinar, in every language of it.</summary>
public sealed class Registration
{
    public int Id { get; set; }

    /// <summary>The webinar's localization set.</summary>
    public string WebinarKey { get; set; } = "";

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>Upper-case email, so one address cannot take two places.</summary>
    public string NormalizedEmail { get; set; } = "";

    public string School { get; set; } = "";

    /// <summary>The language of the page they registered on; their emails are written in it.</summary>
    public string Culture { get; set; } = "en";

    public RegistrationStatus Status { get; set; }

    /// <summary>The secret in the cancel link.</summary>
    public string Token { get; set; } = "";

    /// <summary>The webinar's page and the cancel page, as absolute addresses for emails sent later without a request.</summary>
    public string PageUrl { get; set; } = "";

    public string CancelUrl { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime? CancelledUtc { get; set; }

    /// <summary>Set when the reminder was claimed for sending; a reminder is sent at most once.</summary>
    public DateTime? ReminderSentUtc { get; set; }
}
