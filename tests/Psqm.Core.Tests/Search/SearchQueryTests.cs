using Lucene.Net.Index;
using Lucene.Net.Search;
using Psqm.Core.Search;
using Psqm.Modules.Search.Engine;

namespace Psqm.Core.Tests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("science week", "science week")]
    [InlineData("\"fair test\" magnets", "\"fair test\" magnets")]
    [InlineData("plants OR animals", "plants OR animals")]
    [InlineData("planhigion NEU anifeiliaid", "planhigion OR anifeiliaid")]
    [InlineData("science -assessment", "science -assessment")]
    [InlineData("science NOT assessment", "science -assessment")]
    [InlineData("plants AND animals", "plants animals")]
    [InlineData("magnet*", "magnet*")]
    [InlineData("key-stage", "\"key stage\"")]
    [InlineData("\"unbalanced phrase", "\"unbalanced phrase\"")]
    [InlineData("OR science OR", "science")]
    [InlineData("a* science", "a science")]
    [InlineData("Gŵyl", "gwyl")]
    public void Parse_ReadsWhatATeacherTypes(string input, string parsed) =>
        Assert.Equal(parsed, SearchQuery.Parse(input).ToString());

    [Theory]
    [InlineData("", SearchQuery.Empty)]
    [InlineData("   ", SearchQuery.Empty)]
    [InlineData("\"\"", SearchQuery.Empty)]
    [InlineData("!!! ??? ###", SearchQuery.Empty)]
    [InlineData("OR AND NOT", SearchQuery.Empty)]
    [InlineData("-science", SearchQuery.OnlyExclusions)]
    public void Parse_OfNothingToSearchFor_SaysWhy(string input, string notice)
    {
        var query = SearchQuery.Parse(input);

        Assert.True(query.IsEmpty);
        Assert.Contains(notice, query.Notices);
    }

    [Fact]
    public void Parse_OfAVeryLongQuery_KeepsTheFirstTermsAndSaysSo()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Repeat("science", 5_000)));

        Assert.Equal(SearchQuery.MaxTerms, query.Required.Count);
        Assert.Contains(SearchQuery.TooLong, query.Notices);
    }

    [Fact]
    public void Match_IsMadeOfTermsOnly_SoNoInputIsEngineSyntax()
    {
        var query = SearchQuery.Parse("NEAR(a b) \"x\" title:evil * ^ - body:*");
        var match = MatchExpression.Build(query, ["en", "cy"], []);

        var terms = Terms(match.Match);
        Assert.NotEmpty(terms);
        Assert.All(terms, t => Assert.True(t.Text.All(char.IsLetterOrDigit), t.ToString()));
        Assert.All(terms, t => Assert.Contains(t.Field, Fields));
    }

    [Fact]
    public void Match_OfAWelshWord_SearchesEveryRadicalItCouldBe()
    {
        var match = MatchExpression.Build(SearchQuery.Parse("wyddoniaeth"), ["cy"], []);

        var words = Terms(match.Match).Select(t => t.Text).ToList();
        Assert.Contains("gwyddoniaeth", words);
        Assert.Contains("wyddoniaeth", words);
    }

    [Fact]
    public void Match_WithAGlossaryPair_AddsTheOtherLanguage_AndKeepsTheUntranslatedForRanking()
    {
        var match = MatchExpression.Build(SearchQuery.Parse("science"), ["en", "cy"], [new GlossaryPair("science", "gwyddoniaeth")]);

        Assert.Contains("gwyddoniaeth", Terms(match.Match).Select(t => t.Text));
        Assert.NotNull(match.Untranslated);
        Assert.DoesNotContain("gwyddoniaeth", Terms(match.Untranslated).Select(t => t.Text));
    }

    [Fact]
    public void Highlighter_MarksAMutatedWelshWord_ForItsRadical()
    {
        var match = MatchExpression.Build(SearchQuery.Parse("gwyddoniaeth"), ["cy"], []);

        var parts = Highlighter.Whole("Siarad am wyddoniaeth", "cy", match);

        Assert.Equal([new Highlight("Siarad am ", false), new Highlight("wyddoniaeth", true)], parts);
    }

    [Fact]
    public void Snippet_OfALongText_StartsNearTheMatches_AndSaysItIsCut()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler words here.", 40)) + " The magnets investigation was the best. " + string.Join(' ', Enumerable.Repeat("more filler.", 40));
        var match = MatchExpression.Build(SearchQuery.Parse("magnets"), ["en"], []);

        var parts = Highlighter.Snippet(text, "en", match);

        Assert.Equal("… ", parts[0].Text);
        Assert.Contains(parts, p => p.Match && p.Text == "magnets");
        Assert.True(string.Concat(parts.Select(p => p.Text)).Length <= Highlighter.SnippetLength + 4);
    }

    [Theory]
    [InlineData("science", "sceince", 1)]
    [InlineData("magnet", "magnte", 1)]
    [InlineData("investigation", "investgation", 1)]
    [InlineData("plant", "plants", 1)]
    [InlineData("cat", "dog", 3)]
    public void Distance_CountsEditsWithSwaps(string a, string b, int distance) =>
        Assert.Equal(distance, Spelling.Distance(a, b, 3));

    private static readonly string[] Fields = ["title", "body", "ptitle", "pbody", "cytitle", "cybody"];

    // Every term a query asks the index for, however deeply its clauses nest.
    private static List<Term> Terms(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.SelectMany(c => Terms(c.Query)).ToList(),
        TermQuery term => [term.Term],
        PrefixQuery prefix => [prefix.Prefix],
        PhraseQuery phrase => [.. phrase.GetTerms()],
        _ => throw new InvalidOperationException("An unexpected query: " + query.GetType().Name),
    };
}
