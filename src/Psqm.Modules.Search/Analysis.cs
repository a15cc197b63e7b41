using Psqm.Core.Search;

namespace Psqm.Modules.Search;

/// <summary>What the analyzer makes of a text, word by word: shared by the admin page and the command line.</summary>
public static class Analysis
{
    public static IEnumerable<AnalyzedToken> Tokens(string text, string culture) =>
        TextAnalyzer.Analyze(text.Length > 5_000 ? text[..5_000] : text, culture);

    public static IEnumerable<string> Lines(string text, string culture)
    {
        foreach (var token in Tokens(text, culture))
        {
            yield return $"{token.Text,-24} {(token.Stop ? "(stop word)" : string.Join(' ', token.Forms))}";
        }
    }
}
