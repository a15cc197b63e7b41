using Psqm.Core.Search;
using Psqm.Modules.Search.Engine;
using Psqm.Modules.Search.Engine.Analysis;

namespace Psqm.Core.Tests.Search;

/// <summary>Every rule of analysis: how words are split, folded, stemmed, mutated back and left out.</summary>
public sealed class AnalysisTests
{
    [Theory]
    [InlineData("teaching", "teach")]
    [InlineData("teaches", "teach")]
    [InlineData("teach", "teach")]
    [InlineData("enquiries", "enquiri")]
    [InlineData("enquiry", "enquiri")]
    [InlineData("investigations", "investig")]
    [InlineData("investigating", "investig")]
    [InlineData("scientists", "scientist")]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("relational", "relat")]
    [InlineData("generalization", "gener")]
    [InlineData("adoption", "adopt")]
    [InlineData("sky", "sky")]
    public void EnglishWords_AreStemmedByPorter(string word, string stem) =>
        Assert.Equal([stem], TextAnalyzer.Forms(word, "en"));

    [Fact]
    public void EnglishIndexing_GivesTheSameTokensAtTheSamePositionsAsTheAnalysis()
    {
        const string text = "The teachers were teaching the children; the children's investigations of the pond went well. Science!";

        // Twice, so the second pass runs on forms already looked up.
        Assert.Equal(Tokens(SearchAnalyzers.English, text), Tokens(SearchAnalyzers.EnglishIndexing, text));
        Assert.Equal(Tokens(SearchAnalyzers.English, text), Tokens(SearchAnalyzers.EnglishIndexing, text));
    }

    [Fact]
    public void AWelshWordAsWritten_IsAskedForExactlyWhenItsFormsMeetTheQuerysForms()
    {
        // Welsh entries keep their words as written, and a query asks for each of its forms in every way it can be
        // written: that must find what indexing every word's radicals found, no more and no less, whichever the
        // language of the query's forms.
        string[] words =
        [
            "gwyddoniaeth", "wyddoniaeth", "ngwyddoniaeth", "cath", "gath", "nghath", "chath", "plant", "blant", "mhlant",
            "phlant", "tad", "dad", "nhad", "thad", "bara", "fara", "mara", "dysgu", "ddysgu", "nysgu", "llan", "lan",
            "rhaglen", "raglen", "glas", "las", "grym", "rym", "ysgol", "hysgol", "athrawon", "hathrawon", "mam", "fam",
            "arwain", "garwain", "ymchwiliad", "hymchwiliadau", "science", "am", "ham", "yn", "mae", "ac", "fy", "ei",
        ];
        foreach (var query in words)
        {
            foreach (var culture in new[] { "cy", "en" })
            {
                var forms = TextAnalyzer.Forms(query, culture);
                var written = MatchExpression.Written(forms);
                foreach (var word in words)
                {
                    var meets = TextAnalyzer.Forms(word, "cy").Intersect(forms).Any();
                    Assert.True(meets == written.Contains(word), $"{culture} \"{query}\" and \"{word}\": forms meet {meets}, asked for {!meets}");
                }
            }
        }
    }

    private static List<(string Term, int Increment)> Tokens(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), increment.PositionIncrement));
        }

        stream.End();
        return tokens;
    }

    [Theory]
    [InlineData("teaching", "teach")]
    [InlineData("enquiries", "enquiry")]
    [InlineData("Investigations", "investigate")]
    [InlineData("SCIENCE", "science")]
    [InlineData("café", "cafe")]
    [InlineData("naïve", "naive")]
    public void EnglishForms_MeetAcrossCaseAccentsAndEndings(string one, string other) =>
        Assert.Equal(TextAnalyzer.Forms(one, "en"), TextAnalyzer.Forms(other, "en"));

    [Theory]
    [InlineData("the")]
    [InlineData("and")]
    [InlineData("With")]
    public void EnglishStopWords_HaveNoForms(string word) =>
        Assert.Empty(TextAnalyzer.Forms(word, "en"));

    [Theory]
    [InlineData("yr")]
    [InlineData("mae")]
    [InlineData("yn")]
    [InlineData("gyda")]
    [InlineData("Mewn")]
    public void WelshStopWords_HaveNoForms(string word) =>
        Assert.Empty(TextAnalyzer.Forms(word, "cy"));

    [Theory]
    [InlineData("gath", "cath")]
    [InlineData("nghath", "cath")]
    [InlineData("chath", "cath")]
    [InlineData("wyddoniaeth", "gwyddoniaeth")]
    [InlineData("Ngwyddoniaeth", "gwyddoniaeth")]
    [InlineData("hysgol", "ysgol")]
    [InlineData("Ŵyl", "gŵyl")]
    public void WelshForms_OfAMutationAndItsRadical_Meet(string mutated, string radical) =>
        Assert.NotEmpty(TextAnalyzer.Forms(mutated, "cy").Intersect(TextAnalyzer.Forms(radical, "cy")));

    [Fact]
    public void Words_SplitOnPunctuationAndElision_AndSkipRunsTooLongToBeWords()
    {
        var text = "gweithio'n wyddonol, key-stage 2! " + new string('x', 60);
        var words = TextAnalyzer.Words(text).Select(w => text.Substring(w.Start, w.Length));

        Assert.Equal(["gweithio", "n", "wyddonol", "key", "stage", "2"], words);
    }

    [Fact]
    public void Analyze_KeepsPositions_AndMarksStopWords()
    {
        var tokens = TextAnalyzer.Analyze("Mae'r gath yn yr ardd", "cy").ToList();

        Assert.Equal(["Mae", "r", "gath", "yn", "yr", "ardd"], tokens.Select(t => t.Text));
        Assert.True(tokens[0].Stop);
        Assert.Contains("cath", tokens[2].Forms);
        Assert.Equal(6, tokens[2].Start);
    }

    [Fact]
    public void Folded_IsTheWordsInOrder_WithoutAccents_ForPhrases() =>
        Assert.Equal(["gwyl", "dewi", "a", "r", "ty"], TextAnalyzer.Analyze("Gŵyl Dewi â'r tŷ", "cy").Select(t => t.Folded));

    [Fact]
    public void WelshAnalysis_GivesEachRadical_AtTheWordsOwnPlace()
    {
        var tokens = TextAnalyzer.Analyze("Ein ngwyddoniaeth ni", "cy");

        Assert.Equal(["ngwyddoniaeth", "gwyddoniaeth"], tokens[1].Forms);
        Assert.Equal(4, tokens[1].Start);
    }
}
