using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Psqm.Modules.Content.Engine;

public static partial class Slugs
{
    /// <summary>"Gwyddoniaeth ŵyl!" becomes "gwyddoniaeth-wyl": lower case, accents folded, words joined by hyphens.</summary>
    public static string From(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        var slug = NotWord().Replace(folded.ToString(), "-").Trim('-');
        return slug.Length > 120 ? slug[..120].TrimEnd('-') : slug;
    }

    public static bool IsValid(string slug) => slug.Length is > 0 and <= 200 && Valid().IsMatch(slug);

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotWord();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Valid();
}
