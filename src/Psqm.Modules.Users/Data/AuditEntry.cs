namespace Psqm.Modules.Users.Data;

/// <summary>One change to an account: who made it, to whom, what it was, and the values before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime WhenUtc { get; set; }

    /// <summary>The email address of whoever made the change ("" for the system).</summary>
    public string Actor { get; set; } = "";

    /// <summary>What was done: one of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = "";

    /// <summary>The email address of the account changed.</summary>
    public string Subject { get; set; } = "";

    public string? Before { get; set; }

    public string? After { get; set; }
}

public static class AuditActions
{
    public const string Invited = "invited";
    public const string InvitationResent = "invitation-resent";
    public const string RolesChanged = "roles-changed";
    public const string HubChanged = "hub-changed";
    public const string Disabled = "disabled";
    public const string Enabled = "enabled";
    public const string PasswordSet = "password-set";
    public const string PasswordChanged = "password-changed";
    public const string ProfileChanged = "profile-changed";
    public const string SignedOutEverywhere = "signed-out-everywhere";

    public static readonly IReadOnlyList<string> All =
        [Invited, InvitationResent, RolesChanged, HubChanged, Disabled, Enabled, PasswordSet, PasswordChanged, ProfileChanged, SignedOutEverywhere];

    /// <summary>How each action is named to people (the English text, translated where shown).</summary>
    public static string Display(string action) => action switch
    {
        Invited => "Invited",
        InvitationResent => "Invitation sent again",
        RolesChanged => "Roles changed",
        HubChanged => "Hub changed",
        Disabled => "Disabled",
        Enabled => "Enabled",
        PasswordSet => "Password set",
        PasswordChanged => "Password changed",
        ProfileChanged => "Name or language changed",
        SignedOutEverywhere => "Signed out everywhere",
        _ => action,
    };
}
