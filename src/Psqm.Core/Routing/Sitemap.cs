using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Modules;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Routing;

/// <summary>One page of the site in every language it exists in (language to path), for sitemap.xml.</summary>
public sealed record SitemapEntry(IReadOnlyDictionary<string, string> Paths, DateTime? LastModifiedUtc = null);

/// <summary>A module's public pages. Sources of modules a tenant has not enabled are skipped.</summary>
public interface ISitemapSource
{
    string ModuleName { get; }

    Task<IReadOnlyList<SitemapEntry>> EntriesAsync(HttpContext context, CancellationToken cancellationToken);
}

/// <summary>Fixed pages of a module, in each of the tenant's languages.</summary>
public sealed class PageSitemapSource(string module, PageLinks links, params string[] pages) : ISitemapSource
{
    public string ModuleName => module;

    public Task<IReadOnlyList<SitemapEntry>> EntriesAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var tenant = context.RequiredTenant();
        IReadOnlyList<SitemapEntry> entries = pages.Select(page => new SitemapEntry(
                tenant.Cultures.ToDictionary(c => c.TwoLetterISOLanguageName, c => links.Page(context, page, (object?)null, c) ?? "/")))
            .ToList();
        return Task.FromResult(entries);
    }
}

public static class SitemapWriter
{
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The sitemap of the tenant of this request, with hreflang alternates on multilingual tenants.</summary>
    public static async Task WriteAsync(HttpContext context, IEnumerable<ISitemapSource> sources, EnabledModules modules)
    {
        var tenant = context.RequiredTenant();
        var origin = context.RequestServices.GetRequiredService<TenantUrls>().Origin(tenant).GetLeftPart(UriPartial.Authority);
        var entries = new List<SitemapEntry>();
        foreach (var source in sources.Where(s => modules.IsEnabled(tenant, s.ModuleName)))
        {
            entries.AddRange(await source.EntriesAsync(context, context.RequestAborted));
        }

        var sitemap = new XElement(
            XName.Get("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9"),
            new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml));
        var ns = sitemap.Name.Namespace;
        foreach (var entry in entries)
        {
            foreach (var (_, path) in entry.Paths)
            {
                var url = new XElement(ns + "url", new XElement(ns + "loc", origin + path));
                if (entry.LastModifiedUtc is { } modified)
                {
                    url.Add(new XElement(ns + "lastmod", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                }

                if (entry.Paths.Count > 1)
                {
                    foreach (var (language, alternate) in entry.Paths)
                    {
                        url.Add(Alternate(language, origin + alternate));
                    }

                    url.Add(Alternate("x-default", origin + entry.Paths.GetValueOrDefault(tenant.DefaultCulture.TwoLetterISOLanguageName, entry.Paths.Values.First())));
                }

                sitemap.Add(url);
            }
        }

        await ConditionalGet.WriteAsync(context, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + sitemap, "application/xml; charset=utf-8");
    }

    private static XElement Alternate(string language, string href) =>
        new(XName.Get("link", Xhtml),
            new XAttribute("rel", "alternate"),
            new XAttribute("hreflang", language),
            new XAttribute("href", href));
}
