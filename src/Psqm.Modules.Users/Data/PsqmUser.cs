using Microsoft.AspNetCore.Identity;

namespace Psqm.Modules.Users.Data;

public sealed class PsqmUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The language the user reads email in; the page's language when they last asked for one.</summary>
    public string? PreferredCulture { get; set; }

    /// <summary>The key of the hub the user belongs to (a term of the hubs taxonomy), if any.</summary>
    public string? Hub { get; set; }

    public DateTime? LastSignInUtc { get; set; }
}

public sealed class PsqmRole : IdentityRole
{
    public PsqmRole()
    {
    }

    public PsqmRole(string name)
        : base(name)
    {
    }

    public string Description { get; set; } = "";
}
