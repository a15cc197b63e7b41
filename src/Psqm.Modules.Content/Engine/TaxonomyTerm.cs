using Psqm.Core.Localization;

namespace Psqm.Modules.Content.Engine;

/// <summary>A term of a taxonomy (topics, key stages, regions, award levels), named in each language.</summary>
public sealed class TaxonomyTerm
{
    public int Id { get; set; }

    public string Taxonomy { get; set; } = "";

    /// <summary>Stable key used in URLs and stored in content, e.g. "ks2" or "working-scientifically".</summary>
    public string Key { get; set; } = "";

    public LocalizedText Name { get; set; } = LocalizedText.Empty;

    public int Order { get; set; }
}

public static class Taxonomies
{
    public const string Topics = "topics";
    public const string KeyStages = "key-stages";
    public const string Regions = "regions";
    public const string AwardLevels = "award-levels";
    public const string Settings = "settings";
    public const string Audiences = "audiences";
    public const string Hubs = "hubs";
}

/// <summary>Terms named for a page: a key's name in the language, or the key itself when the term has gone.</summary>
public static class TaxonomyNames
{
    public static string NameOf(this IReadOnlyList<TaxonomyTerm> terms, string key, string language) =>
        terms.FirstOrDefault(t => t.Key == key)?.Name.In(language) ?? key;

    public static string NameOf(this IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>> terms, string taxonomy, string key, string language) =>
        (terms.GetValueOrDefault(taxonomy) ?? []).NameOf(key, language);

    public static string NamesOf(this IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>> terms, string taxonomy, IEnumerable<string> keys, string language) =>
        string.Join(", ", keys.Select(k => terms.NameOf(taxonomy, k, language)));
}
