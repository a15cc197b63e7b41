using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Psqm.Core.Search;
using Psqm.Modules.Search.Engine.Analysis;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// How an entry is kept in the index. title and body hold the language's analysed forms (what words match);
/// ptitle and pbody the folded words in order (what phrases, suggestions and "did you mean" use). Facets, day,
/// access and title length are doc values, read per match while counting and ranking; the rest is stored to show.
/// </summary>
internal static class IndexFields
{
    public const string Id = "id";
    public const string Culture = "culture";
    public const string Access = "access";
    public const string Title = "title";
    public const string Body = "body";
    public const string TitleWords = "ptitle";
    public const string BodyWords = "pbody";
    public const string Day = "day";
    public const string TitleLength = "tlen";

    public const string MembersOnly = "members";

    /// <summary>The text kept to show a snippet from; beyond it, only what is indexed.</summary>
    public const int MaxStoredText = 4_000;

    /// <summary>The facets in the order of <see cref="SearchFacets.All"/>, as doc-values fields.</summary>
    public static readonly IReadOnlyList<string> Facets = SearchFacets.All.Select(f => "f_" + f).ToList();

    private const string Type = "type";
    private const string StoredTitle = "stitle";
    private const string StoredText = "stext";
    private const string Page = "page";
    private const string Route = "route";
    private const string Fragment = "fragment";
    private const string Date = "date";
    private const string Topics = "topics";
    private const string KeyStages = "keystages";
    private const string StoredAccess = "saccess";

    public static string Key(string source, string key) => source + "\u001f" + key;

    public static Term Term(string source, string key) => new(Id, Key(source, key));

    // Words are matched and scored, never as phrases (the folded words are for that), so no positions are kept.
    private static readonly FieldType Forms = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };

    /// <summary>What analyses a document's fields: its language's words, and the folded words for the phrase fields.</summary>
    public static Analyzer AnalyzerFor(string culture) => TextAnalyzer.IsWelsh(culture) ? WelshFields : EnglishFields;

    private static readonly Analyzer EnglishFields = Fields(SearchAnalyzers.English);

    private static readonly Analyzer WelshFields = Fields(SearchAnalyzers.Welsh);

    private static PerFieldAnalyzerWrapper Fields(Analyzer words) =>
        new(words, new Dictionary<string, Analyzer> { [TitleWords] = SearchAnalyzers.Surface, [BodyWords] = SearchAnalyzers.Surface });

    // A keyword field makes its token stream once and keeps it; made afresh for every entry, each would take a lock
    // that every indexing thread shares. So each thread keeps its own, and an entry is added before the next is made.
    [ThreadStatic]
    private static StringField[]? _keywords;

    /// <summary>
    /// The entry as a Lucene document, to add with the analyzer of <see cref="AnalyzerFor"/> before this thread makes
    /// the next: its keyword fields are this thread's, reused.
    /// </summary>
    public static Document From(SearchDocument d)
    {
        var text = d.Text.Length > MaxStoredText ? d.Text[..MaxStoredText] : d.Text;
        var keywords = _keywords ??= [new(Id, "", Field.Store.NO), new(Culture, "", Field.Store.YES), new(Access, "", Field.Store.NO)];
        keywords[0].SetStringValue(Key(d.Source, d.Key));
        keywords[1].SetStringValue(d.Culture);
        keywords[2].SetStringValue(d.MembersOnly ? MembersOnly : "public");
        var document = new Document
        {
            keywords[0],
            keywords[1],
            keywords[2],
            new Field(Title, d.Title, Forms),
            new Field(Body, d.Text, Forms),
            new TextField(TitleWords, d.Title, Field.Store.NO),
            new TextField(BodyWords, d.Text, Field.Store.NO),
            new NumericDocValuesField(Day, d.Date is { } date ? (long)(date - DateTime.UnixEpoch).TotalDays : 0L),
            new NumericDocValuesField(TitleLength, d.Title.Length),
            new NumericDocValuesField(MembersOnly, d.MembersOnly ? 1 : 0),
            new StoredField(Type, d.Type),
            new StoredField(StoredTitle, d.Title),
            new StoredField(StoredText, text),
            new StoredField(Page, d.Page),
            new StoredField(Route, d.Route),
            new StoredField(Topics, string.Join(' ', d.Topics)),
            new StoredField(KeyStages, string.Join(' ', d.KeyStages)),
            new StoredField(StoredAccess, d.MembersOnly ? MembersOnly : "public"),
        };
        if (d.Fragment is not null)
        {
            document.Add(new StoredField(Fragment, d.Fragment));
        }

        if (d.Date is { } when)
        {
            document.Add(new StoredField(Date, when.ToString("O", CultureInfo.InvariantCulture)));
        }

        string[][] facets = [[d.Type], [.. d.Topics], [.. d.KeyStages], [d.Culture]];
        for (var f = 0; f < Facets.Count; f++)
        {
            foreach (var value in facets[f].Distinct())
            {
                document.Add(new SortedSetDocValuesField(Facets[f], new BytesRef(value)));
            }
        }

        return document;
    }

    public static SearchHit Hit(Document stored, Func<string, string, string, (IReadOnlyList<Highlight> Title, IReadOnlyList<Highlight> Snippet)> highlight)
    {
        var culture = stored.Get(Culture);
        var (title, snippet) = highlight(culture, stored.Get(StoredTitle), stored.Get(StoredText));
        return new SearchHit(stored.Get(Type), culture, title, snippet)
        {
            Page = stored.Get(Page),
            Route = stored.Get(Route),
            Fragment = stored.Get(Fragment),
            Date = stored.Get(Date) is { } date ? DateTime.Parse(date, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null,
            Topics = Split(stored.Get(Topics)),
            KeyStages = Split(stored.Get(KeyStages)),
            MembersOnly = stored.Get(StoredAccess) == MembersOnly,
        };
    }

    public static SearchSuggestion Suggestion(Document stored) =>
        new(stored.Get(Culture), stored.Get(StoredTitle)) { Page = stored.Get(Page), Route = stored.Get(Route), Fragment = stored.Get(Fragment) };

    /// <summary>What a hit needs to be shown, and no more, when reading it back.</summary>
    public static readonly ISet<string> Shown = new HashSet<string> { Culture, Type, StoredTitle, StoredText, Page, Route, Fragment, Date, Topics, KeyStages, StoredAccess };

    public static readonly ISet<string> Suggested = new HashSet<string> { Culture, StoredTitle, Page, Route, Fragment };

    private static string[] Split(string? value) => (value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
