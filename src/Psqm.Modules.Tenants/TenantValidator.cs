using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.Localization;
using Psqm.Core.Recipes;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Tenants;

/// <summary>The rules for a tenant's name and address, shared by the admin page and the command line.</summary>
public sealed partial class TenantValidator(TenantRegistry registry, RecipeStore recipes, IActionDescriptorCollectionProvider actions, IStringLocalizer<TenantValidator> s)
{
    private static readonly string[] AlwaysReserved = ["en", "cy", "_content", "theme.css", "health", "error"];

    /// <summary>Problems with the request, keyed by the field they belong to; empty when it is fine.</summary>
    public IReadOnlyList<(string Field, string Message)> Validate(string name, string prefix, string host, string recipe)
    {
        var problems = new List<(string, string)>();
        if (!NamePattern().IsMatch(name))
        {
            problems.Add(("Name", s["Enter a name of 2 to 32 letters and digits, starting with a letter"]));
        }
        else if (registry.Find(name) is not null)
        {
            problems.Add(("Name", s["A tenant called {0} already exists", name]));
        }

        problems.AddRange(ValidateAddress(prefix, host, except: null));
        if (recipes.Find(recipe) is null)
        {
            problems.Add(("Recipe", s["Choose a recipe"]));
        }

        return problems;
    }

    /// <summary>Problems with a tenant's address; <paramref name="except"/> is the tenant being moved, which may keep its own.</summary>
    public IReadOnlyList<(string Field, string Message)> ValidateAddress(string prefix, string host, string? except)
    {
        var problems = new List<(string, string)>();
        if (prefix.Length == 0 && host.Length == 0)
        {
            problems.Add(("UrlPrefix", s["Enter a URL prefix or a host name, or both"]));
        }
        else if (prefix.Length > 0 && !PrefixPattern().IsMatch(prefix))
        {
            problems.Add(("UrlPrefix", s["A URL prefix can only use lower-case letters, digits and hyphens, up to 32 characters"]));
        }
        else if (prefix.Length > 0 && ReservedSegments().Contains(prefix))
        {
            problems.Add(("UrlPrefix", s["The prefix {0} is already used by a page of this site", prefix]));
        }
        else if (registry.All.Any(t => t.Name != except && t.Record.UrlPrefix == prefix && string.Equals(t.Record.Host, host, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(("UrlPrefix", s["Another tenant already answers at this address"]));
        }

        if (host.Length > 0 && Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            problems.Add(("Host", s["Enter a host name like wales.example.org, without http:// or a path"]));
        }

        return problems;
    }

    // The first segment of every page's routes, so a tenant prefix never hides a page of the Default tenant.
    private HashSet<string> ReservedSegments()
    {
        var reserved = new HashSet<string>(AlwaysReserved, StringComparer.OrdinalIgnoreCase);
        foreach (var template in actions.ActionDescriptors.Items.Select(a => a.AttributeRouteInfo?.Template))
        {
            var first = template?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (first is not null && !first.StartsWith('{'))
            {
                reserved.Add(first);
            }
        }

        return reserved;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{1,31}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex PrefixPattern();
}
