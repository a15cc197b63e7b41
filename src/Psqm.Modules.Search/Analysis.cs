using Psqm.Core.Search;
using Psqm.Modules.Search.Engine;

namespace Psqm.Modules.Search;

/// <summary>What the analyzer makes of a text, word by word: shared by the admin page and the command line.</summary>
public static class Analysis
{
    /// <summary>
    /// A paragraph is what this is for; the admin page sends the text in its address, and 1,000 characters stay
    /// within a request line however many accents they carry.
    /// </summary>
    public const int MaxLength = 1_000;

    public static IEnumerable<AnalyzedToken> Tokens(string text, string culture) =>
        TextAnalyzer.Analyze(text.Length > MaxLength ? text[..MaxLength] : text, culture);

    public static IEnumerable<string> Lines(string text, string culture)
    {
        foreach (var token in TextAnalyzer.Analyze(text, culture))
        {
            yield return $"{token.Text,-24} {(token.Stop ? "(stop word)" : string.Join(' ', token.Forms))}";
        }
    }
}
