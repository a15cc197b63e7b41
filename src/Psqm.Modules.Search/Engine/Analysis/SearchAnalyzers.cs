using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Psqm.Modules.Search.Engine.Analysis;

/// <summary>
/// The analysis of each language, used alike to query and to highlight, and English to index. Words: folded, stop
/// words left out, then English stemmed by Porter or Welsh given its radicals. Surface: the folded words in order,
/// stop words kept, for phrases, suggestions, "did you mean" and Welsh entries' words (their radicals are asked for as
/// written, <see cref="MatchExpression.Written"/>). Analyzers reuse their streams per thread, so one of each serves all.
/// </summary>
public static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static readonly Analyzer English = new Words(false);

    public static readonly Analyzer Welsh = new Words(true);

    public static readonly Analyzer Surface = Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new WordTokenizer(reader)));

    public static Analyzer For(string culture) => TextAnalyzer.IsWelsh(culture) ? Welsh : English;

    /// <summary>What indexes English words: the same tokens as <see cref="English"/>, each word's looked up once known.</summary>
    public static readonly Analyzer EnglishIndexing = Analyzer.NewAnonymous((_, reader) =>
    {
        var words = new WordTokenizer(reader);
        return new TokenStreamComponents(words, new KnownFormsFilter(words, "en"));
    });

    private sealed class Words(bool welsh) : Analyzer
    {
        private readonly CharArraySet _stop = new(Version, welsh ? StopWords.Welsh : StopWords.English, false);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var words = new WordTokenizer(reader);
            TokenStream stream = new StopFilter(Version, words, _stop);
            stream = welsh ? new WelshFormsFilter(stream) : new PorterStemFilter(stream);
            return new TokenStreamComponents(words, stream);
        }
    }
}
