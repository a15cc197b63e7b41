using Psqm.Modules.Content.Engine;
using Psqm.Modules.Content;

namespace Psqm.Modules.CaseStudies;

/// <summary>The public list's filters and the related case studies of one.</summary>
public sealed class CaseStudyQuery(ContentLists lists, PublishedContent published)
{
    public const int PageSize = 9;

    public static readonly IReadOnlyList<ListFacet> Facets =
    [
        new("level", "level", "Award level", Taxonomies.AwardLevels),
        new("region", "region", "Region", Taxonomies.Regions),
        new("topic", "topics", "Topic", Taxonomies.Topics),
        new("stage", "keyStages", "Key stage", Taxonomies.KeyStages),
    ];

    public Task<ListResult> FindAsync(IReadOnlyDictionary<string, string?> filters, string? sort, int page, string culture, CancellationToken cancellationToken = default) =>
        lists.FindAsync(CaseStudyType.Name, culture, Facets, filters, sort, page, PageSize, cancellationToken: cancellationToken);

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
