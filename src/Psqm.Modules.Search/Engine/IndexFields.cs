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
/// How an entry is kept in the index. An English entry's title and body hold its stems (what words match), ptitle and
/// pbody its folded words in order (what phrases, suggestions and "did you mean" use). A Welsh entry's words are kept
/// once, as written and in order, in cytitle and cybody: a query asks for every way its word's radicals can be written
/// (<see cref="MatchExpression.Written"/>), which finds the same entries as indexing each word's radicals would, at a
/// third of the indexing. Facets, day, access and title length are doc values, read per match while counting and
/// ranking; what a hit shows is one binary doc value.
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
    public const string WelshTitle = "cytitle";
    public const string WelshBody = "cybody";
    public const string Day = "day";
    public const string TitleLength = "tlen";

    public const string MembersOnly = "members";

    /// <summary>The text kept to show a snippet from; beyond it, only what is indexed.</summary>
    public const int MaxStoredText = 4_000;

    /// <summary>The facets in the order of <see cref="SearchFacets.All"/>, as doc-values fields.</summary>
    public static readonly IReadOnlyList<string> Facets = SearchFacets.All.Select(f => "f_" + f).ToList();

    /// <summary>
    /// What the fields are, as written in each commit: an index written otherwise is built afresh when opened.
    /// 2: what is shown is one binary doc value (<see cref="ShownEntry"/>), not stored fields.
    /// 3: Welsh entries' words as written, in fields of their own.
    /// </summary>
    public const string Format = "3";

    public static string Key(string source, string key) => source + "\u001f" + key;

    public static Term Term(string source, string key) => new(Id, Key(source, key));

    // Words are matched and scored, never as phrases (the folded words are for that), so no positions are kept.
    private static readonly FieldType Forms = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };

    /// <summary>What analyses a document's fields: English stems and folded words, or Welsh folded words alone.</summary>
    public static Analyzer AnalyzerFor(string culture) => TextAnalyzer.IsWelsh(culture) ? SearchAnalyzers.Surface : EnglishFields;

    private static readonly Analyzer EnglishFields =
        new PerFieldAnalyzerWrapper(SearchAnalyzers.EnglishIndexing, new Dictionary<string, Analyzer> { [TitleWords] = SearchAnalyzers.Surface, [BodyWords] = SearchAnalyzers.Surface });

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
        var keywords = _keywords ??= [new(Id, "", Field.Store.NO), new(Culture, "", Field.Store.NO), new(Access, "", Field.Store.NO)];
        keywords[0].SetStringValue(Key(d.Source, d.Key));
        keywords[1].SetStringValue(d.Culture);
        keywords[2].SetStringValue(d.MembersOnly ? MembersOnly : "public");
        var document = new Document
        {
            keywords[0],
            keywords[1],
            keywords[2],
            new NumericDocValuesField(Day, d.Date is { } date ? (long)(date - DateTime.UnixEpoch).TotalDays : 0L),
            new NumericDocValuesField(TitleLength, d.Title.Length),
            new NumericDocValuesField(MembersOnly, d.MembersOnly ? 1 : 0),
            new BinaryDocValuesField(ShownEntry.Field, ShownEntry.Write(d, text)),
        };

        if (TextAnalyzer.IsWelsh(d.Culture))
        {
            document.Add(new TextField(WelshTitle, d.Title, Field.Store.NO));
            document.Add(new TextField(WelshBody, d.Text, Field.Store.NO));
        }
        else
        {
            document.Add(new Field(Title, d.Title, Forms));
            document.Add(new Field(Body, d.Text, Forms));
            document.Add(new TextField(TitleWords, d.Title, Field.Store.NO));
            document.Add(new TextField(BodyWords, d.Text, Field.Store.NO));
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

    public static SearchHit Hit(ShownEntry shown, Func<string, string, string, (IReadOnlyList<Highlight> Title, IReadOnlyList<Highlight> Snippet)> highlight)
    {
        var (title, snippet) = highlight(shown.Culture, shown.Title, shown.Text);
        return new SearchHit(shown.Type, shown.Culture, title, snippet)
        {
            Page = shown.Page,
            Route = shown.Route,
            Fragment = shown.Fragment,
            Date = shown.Date,
            Topics = shown.Topics,
            KeyStages = shown.KeyStages,
            MembersOnly = shown.MembersOnly,
        };
    }

    public static SearchSuggestion Suggestion(ShownEntry shown) =>
        new(shown.Culture, shown.Title) { Page = shown.Page, Route = shown.Route, Fragment = shown.Fragment };
}
