using System.Globalization;
using Psqm.Core.Content;

namespace Psqm.Modules.CaseStudies;

/// <summary>What a visitor asked the list for. Values that are not known terms are dropped, not errors.</summary>
public sealed record CaseStudyFilter(string? Level, string? Region, string? Topic, string? Stage, string Sort, int Page)
{
    public static readonly string[] Sorts = ["newest", "oldest", "title"];

    public bool IsEmpty => Level is null && Region is null && Topic is null && Stage is null;
}

public sealed record CaseStudyResults(IReadOnlyList<ContentItem> Items, int Total, int Pages, CaseStudyFilter Filter);

/// <summary>Filters, sorts and pages the published case studies of a language, in memory.</summary>
public sealed class CaseStudyQuery(PublishedContent published)
{
    public const int PageSize = 9;

    public async Task<CaseStudyResults> FindAsync(CaseStudyFilter requested, string culture, CancellationToken cancellationToken = default)
    {
        var terms = await published.TermsAsync(cancellationToken);
        string? Known(string taxonomy, string? key) =>
            key is not null && (terms.GetValueOrDefault(taxonomy) ?? []).Any(t => t.Key == key) ? key : null;

        var filter = requested with
        {
            Level = Known(Taxonomies.AwardLevels, requested.Level),
            Region = Known(Taxonomies.Regions, requested.Region),
            Topic = Known(Taxonomies.Topics, requested.Topic),
            Stage = Known(Taxonomies.KeyStages, requested.Stage),
            Sort = CaseStudyFilter.Sorts.Contains(requested.Sort) ? requested.Sort : "newest",
        };

        var items = (await published.ListAsync(CaseStudyType.Name, culture, cancellationToken))
            .Where(c => filter.Level is null || c.Field("level") == filter.Level)
            .Where(c => filter.Region is null || c.Field("region") == filter.Region)
            .Where(c => filter.Topic is null || c.FieldValues("topics").Contains(filter.Topic))
            .Where(c => filter.Stage is null || c.FieldValues("keyStages").Contains(filter.Stage));
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo(culture), ignoreCase: true);
        var sorted = filter.Sort switch
        {
            "oldest" => items.OrderBy(c => c.Field("date"), StringComparer.Ordinal).ThenBy(c => c.Title, comparer),
            "title" => items.OrderBy(c => c.Title, comparer),
            _ => items.OrderByDescending(c => c.Field("date"), StringComparer.Ordinal).ThenBy(c => c.Title, comparer),
        };
        var all = sorted.ToList();
        var pages = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        filter = filter with { Page = Math.Clamp(filter.Page, 1, pages) };
        return new CaseStudyResults(all.Skip((filter.Page - 1) * PageSize).Take(PageSize).ToList(), all.Count, pages, filter);
    }

    /// <summary>Up to three others that share the most topics, key stages and level with this one.</summary>
    public async Task<IReadOnlyList<ContentItem>> RelatedAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var topics = item.FieldValues("topics");
        var stages = item.FieldValues("keyStages");
        return (await published.ListAsync(CaseStudyType.Name, item.Culture, cancellationToken))
            .Where(c => c.ContentItemId != item.ContentItemId)
            .Select(c => (Item: c, Score: (2 * c.FieldValues("topics").Count(topics.Contains)) + c.FieldValues("keyStages").Count(stages.Contains) + (c.Field("level") == item.Field("level") ? 1 : 0)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Item.Field("date"), StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Item)
            .ToList();
    }
}
