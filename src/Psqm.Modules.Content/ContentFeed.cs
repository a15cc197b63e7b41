using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Routing;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Content;

/// <summary>
/// A content type's public items in sitemap.xml (each with its translations) and as an Atom feed per language.
/// Items the <paramref name="isPublic"/> test refuses (members-only ones) appear in neither.
/// </summary>
public sealed class ContentFeed(
    string module, string type, string title, string listPage, string detailPage, PublishedContent published, PageLinks links, Func<ContentItem, bool>? isPublic = null)
    : ISitemapSource
{
    public const int FeedSize = 20;

    public string ModuleName => module;

    private async Task<IEnumerable<ContentItem>> PublicAsync(string culture, CancellationToken cancellationToken) =>
        (await published.ListAsync(type, culture, cancellationToken)).Where(isPublic ?? (_ => true));

    public async Task<IReadOnlyList<SitemapEntry>> EntriesAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var tenant = context.RequiredTenant();
        var list = new SitemapEntry(tenant.Cultures.ToDictionary(c => c.TwoLetterISOLanguageName, c => links.Page(context, listPage, (object?)null, c) ?? "/"));
        var items = new List<(ContentItem Item, CultureInfo Culture)>();
        foreach (var culture in tenant.Cultures)
        {
            items.AddRange((await PublicAsync(culture.TwoLetterISOLanguageName, cancellationToken)).Select(i => (i, culture)));
        }

        var entries = items.GroupBy(i => i.Item.LocalizationSet).Select(set => new SitemapEntry(
            set.ToDictionary(i => i.Culture.TwoLetterISOLanguageName, i => links.Page(context, detailPage, new { slug = i.Item.Slug }, i.Culture) ?? "/"),
            set.Max(i => i.Item.PublishedUtc)));
        return [list, .. entries];
    }

    public async Task WriteAtomAsync(HttpContext context)
    {
        var tenant = context.RequiredTenant();
        var culture = CultureInfo.CurrentUICulture;
        var urls = context.RequestServices.GetRequiredService<TenantUrls>();
        var items = (await PublicAsync(culture.TwoLetterISOLanguageName, context.RequestAborted))
            .OrderByDescending(i => i.PublishedUtc).Take(FeedSize).ToList();
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var self = urls.Absolute(tenant, context.Request.PathBase.Add(context.Request.Path).Value ?? "/");
        var feed = new XElement(atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", culture.TwoLetterISOLanguageName),
            new XElement(atom + "id", self),
            new XElement(atom + "title", $"{tenant.SiteName(culture)}: {context.RequestServices.GetRequiredService<IStringLocalizer<ContentFeed>>()[title]}"),
            new XElement(atom + "updated", Timestamp(items.Count > 0 ? items[0].PublishedUtc : null)),
            new XElement(atom + "link", new XAttribute("rel", "self"), new XAttribute("href", self)),
            new XElement(atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", urls.Absolute(tenant, links.Page(context, listPage) ?? "/"))),
            new XElement(atom + "author", new XElement(atom + "name", tenant.SiteName(culture))));
        foreach (var item in items)
        {
            var url = urls.Absolute(tenant, links.Page(context, detailPage, new { slug = item.Slug }) ?? "/");
            feed.Add(new XElement(atom + "entry",
                new XElement(atom + "id", "urn:psqm:" + tenant.Name + ":" + item.ContentItemId),
                new XElement(atom + "title", item.Title),
                new XElement(atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", url)),
                new XElement(atom + "updated", Timestamp(item.PublishedUtc)),
                new XElement(atom + "summary", item.Field("summary"))));
        }

        await ConditionalGet.WriteAsync(context, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + feed, "application/atom+xml; charset=utf-8", items.Count > 0 ? items[0].PublishedUtc : null);
    }

    private static string Timestamp(DateTime? utc) =>
        DateTime.SpecifyKind(utc ?? DateTime.UnixEpoch, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
