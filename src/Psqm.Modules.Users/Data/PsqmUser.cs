using Microsoft.AspNetCore.Identity;

namespace Psqm.Modules.Users.Data;

public sealed class PsqmUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The language the user reads email in; the page's language when they last asked for one.</summary>
    public string? PreferredCulture { get; set; }
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
