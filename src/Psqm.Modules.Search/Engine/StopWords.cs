using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

/// <summary>Words too common to say anything about an item, in their folded forms.</summary>
public static class StopWords
{
    public static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "he", "her", "his", "if",
        "in", "into", "is", "it", "its", "of", "on", "or", "our", "she", "so", "such", "that", "the", "their", "them",
        "then", "there", "these", "they", "this", "to", "was", "we", "were", "what", "when", "which", "who", "will",
        "with", "you", "your",
    };

    // The articles, the commonest prepositions and particles, and forms of "bod" (to be). Mutated forms of
    // these are listed too ("fod", "ei" and "eu" stand as written).
    public static readonly HashSet<string> Welsh = new(StringComparer.Ordinal)
    {
        "a", "ac", "ag", "am", "ar", "at", "bod", "fod", "dan", "drwy", "trwy", "dros", "ei", "eich", "ein", "eu", "fy",
        "gan", "gyda", "hefyd", "i", "mae", "maen", "mewn", "na", "nac", "nad", "neu", "ni", "nid", "o", "oedd", "os",
        "pan", "pe", "sy", "sydd", "tan", "wedi", "y", "yn", "yr", "ym", "yng", "yw", "hyn", "hynny", "ond", "ydy",
        "ydyw", "roedd", "bydd", "fydd", "n", "r", "w", "ch", "ma",
    };
}
