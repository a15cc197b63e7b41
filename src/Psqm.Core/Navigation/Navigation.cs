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
