using Psqm.Core.Security;

namespace Psqm.Modules.Webinars;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Names and addresses of the people registered: personal data, given explicitly (HQ; hub leaders for their hub's events).</summary>
    public static readonly Permission ViewRegistrations = new("ViewRegistrations", "See and export who has registered for webinars and training days");

    public IEnumerable<Permission> GetPermissions() => [ViewRegistrations];
}
