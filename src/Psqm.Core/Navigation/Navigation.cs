namespace Psqm.Core.Navigation;

/// <summary>A link in the site's main navigation. <see cref="Text"/> is the English text, translated when shown.</summary>
public sealed record NavigationItem(string Module, string Page, string Text, int Order);

public interface INavigationProvider
{
    IEnumerable<NavigationItem> MainNavigation();
}

/// <summary>A link on the dashboard; <see cref="Permission"/> may name several, separated by "|", any of which shows it.</summary>
public sealed record AdminLink(string Module, string Page, string Text, string Permission, bool DefaultTenantOnly = false);

public interface IAdminMenuProvider
{
    IEnumerable<AdminLink> AdminLinks();
}

/// <summary>
/// Something waiting for the signed-in user, shown on their dashboard: already in their language, with the page where
/// they act and its route values (a filter such as <c>waiting=true</c>).
/// </summary>
public sealed record DashboardTask(string Text, string Page, IReadOnlyDictionary<string, string?>? Values = null);

/// <summary>A module's part of the dashboard: what waits for this user there (nothing, most of the time).</summary>
public interface IDashboardTasks
{
    /// <summary>The module that answers, so a disabled module adds nothing.</summary>
    string ModuleName { get; }

    Task<IReadOnlyList<DashboardTask>> ForAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken);
}
