namespace Psqm.Core.Search;

/// <summary>
/// What an entry and a hit both carry: where it leads (a page with one route value and an optional fragment, in
/// the entry's language), its date, its access and its topics and key stages.
/// </summary>
public abstract record SearchEntryDetails
{
    public required string Page { get; init; }

    /// <summary>The page's route value, "name=value" ("slug=kitchen-science"), or empty.</summary>
    public string Route { get; init; } = "";

    public string? Fragment { get; init; }

    public DateTime? Date { get; init; }

    public bool MembersOnly { get; init; }

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> KeyStages { get; init; } = [];
}

/// <summary>One thing search can find: an item, a criterion, a page. <see cref="Source"/> and <see cref="Key"/> name it uniquely within a tenant.</summary>
public sealed record SearchDocument(string Source, string Key, string Type, string Culture, string Title, string Text) : SearchEntryDetails
{
    public IReadOnlyList<string> Audience { get; init; } = [];
}

/// <summary>The facets results can be narrowed by, as query-string names.</summary>
public static class SearchFacets
{
    public const string Type = "type";
    public const string Topic = "topic";
    public const string KeyStage = "keystage";
    public const string Language = "lang";

    public static readonly IReadOnlyList<string> All = [Type, Topic, KeyStage, Language];
}

public sealed record SearchRequest(string Query)
{
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 10;

    /// <summary>Chosen values per facet; several values of one facet mean any of them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Signed-in programme members also find members-only items.</summary>
    public bool Member { get; init; }

    /// <summary>The cultures a word is analysed in: the tenant's languages.</summary>
    public IReadOnlyList<string> Cultures { get; init; } = ["en"];
}

/// <summary>A stretch of a title or snippet, marked when it matched the query.</summary>
public readonly record struct Highlight(string Text, bool Match);

public sealed record SearchHit(string Type, string Culture, IReadOnlyList<Highlight> Title, IReadOnlyList<Highlight> Snippet) : SearchEntryDetails
{
    /// <summary>Found through the bilingual glossary, not by the words as typed.</summary>
    public bool Translated { get; init; }
}

/// <summary>A title offered while someone types in a search box, and where it leads.</summary>
public sealed record SearchSuggestion(string Culture, string Title) : SearchEntryDetails;

public sealed record FacetValue(string Value, int Count, bool Selected);

public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total)
{
    public static readonly SearchResults Empty = new([], 0);

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetValue>>();

    /// <summary>Things to tell the searcher (English, translated when shown): why nothing was searched, what was left out.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>The query with misspelt words replaced by the nearest words in the index, when there are any.</summary>
    public string? DidYouMean { get; init; }

    public int Page { get; init; } = 1;

    public int Pages { get; init; }
}

public sealed record GlossaryPair(string En, string Cy);

/// <summary>The tenant's search index: kept in step with what is published, and searched.</summary>
public interface ISearchIndex
{
    /// <summary>Adds or replaces an entry, inside any transaction the caller's database context has open.</summary>
    Task PutAsync(SearchDocument document, CancellationToken cancellationToken = default);

    Task RemoveAsync(string source, string key, CancellationToken cancellationToken = default);

    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Titles in one language whose words begin as typed: every word but the last whole, the last as a beginning, a
    /// mutated Welsh word as its radical too. Members-only items only for members.
    /// </summary>
    Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, string culture, bool member, int take, CancellationToken cancellationToken = default);

    /// <summary>Replaces every entry with the sources' documents in one transaction: searches see the old index until it commits.</summary>
    Task<int> RebuildAsync(IEnumerable<ISearchSource> sources, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<GlossaryPair>> GlossaryAsync(CancellationToken cancellationToken = default);

    Task SaveGlossaryAsync(IReadOnlyList<GlossaryPair> pairs, CancellationToken cancellationToken = default);
}

/// <summary>Something whose documents belong in the index, read whole when it is rebuilt.</summary>
public interface ISearchSource
{
    /// <summary>The module the documents belong to: a tenant without it has none of them.</summary>
    string ModuleName { get; }

    IAsyncEnumerable<SearchDocument> DocumentsAsync(CancellationToken cancellationToken);
}
