using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// A parsed query as an FTS5 MATCH expression over the index's columns: words and prefixes against the
/// analysed columns (title, body), phrases against the folded words (ptitle, pbody). Every token is quoted and
/// made of letters and digits only, so no input can make an engine syntax error.
/// </summary>
public sealed class MatchExpression
{
    private MatchExpression()
    {
    }

    public string Match { get; private set; } = "";

    /// <summary>The same expression against titles only: what ranks a title match above a body match.</summary>
    public string TitleMatch { get; private set; } = "";

    /// <summary>The expression without glossary translations, when there were any: what ranks first.</summary>
    public string? Untranslated { get; private set; }

    /// <summary>The untranslated expression against titles only, when there are translations.</summary>
    public string? UntranslatedTitle { get; private set; }

    /// <summary>Analysed forms to mark in titles and snippets.</summary>
    public HashSet<string> Forms { get; } = new(StringComparer.Ordinal);

    public List<string> Prefixes { get; } = [];

    /// <summary>Words of the query as typed and folded, one list per required term: what "did you mean" corrects.</summary>
    public List<string> Words { get; } = [];

    public static MatchExpression Build(SearchQuery query, IReadOnlyList<string> cultures, IReadOnlyList<GlossaryPair> glossary)
    {
        var required = new List<string>();
        var untranslated = new List<string>();
        var translated = false;
        var result = new MatchExpression();
        foreach (var alternatives in query.Required)
        {
            var parts = new List<string>();
            foreach (var term in alternatives)
            {
                parts.Add(Fragment(term, cultures, result));
            }

            var original = Group(parts);
            foreach (var term in alternatives)
            {
                foreach (var other in Translations(term, glossary))
                {
                    parts.Add(Fragment(other.Term, [other.Culture], result));
                    translated = true;
                }
            }

            required.Add(Group(parts));
            untranslated.Add(original);
        }

        var excluded = query.Excluded.Select(t => Fragment(t, cultures, null)).ToList();
        result.Match = Combine(required, excluded);
        result.TitleMatch = TitlesOnly(result.Match);
        if (translated)
        {
            result.Untranslated = Combine(untranslated, excluded);
            result.UntranslatedTitle = TitlesOnly(result.Untranslated);
        }

        result.Words.AddRange(query.Required.SelectMany(a => a).Where(t => !t.Phrase && !t.Prefix).Select(t => t.Words[0]));
        return result;
    }

    private static string TitlesOnly(string expression) =>
        expression.Replace("{title body}", "{title}", StringComparison.Ordinal).Replace("{ptitle pbody}", "{ptitle}", StringComparison.Ordinal);

    private static string Combine(List<string> required, List<string> excluded)
    {
        var expression = string.Join(" AND ", required);
        foreach (var exclusion in excluded)
        {
            expression = "(" + expression + ") NOT " + exclusion;
        }

        return expression;
    }

    private static string Group(List<string> parts) => parts.Count == 1 ? parts[0] : "(" + string.Join(" OR ", parts) + ")";

    private static string Fragment(QueryTerm term, IReadOnlyList<string> cultures, MatchExpression? highlight)
    {
        if (term.Phrase)
        {
            highlight?.Forms.UnionWith(term.Words.SelectMany(w => cultures.SelectMany(c => TextAnalyzer.Forms(w, c))));
            return "{ptitle pbody} : " + Quote(string.Join(' ', term.Words));
        }

        var word = term.Words[0];
        var forms = new List<string>();
        foreach (var culture in cultures)
        {
            foreach (var form in TextAnalyzer.Forms(word, culture))
            {
                if (!forms.Contains(form))
                {
                    forms.Add(form);
                }
            }
        }

        if (term.Prefix)
        {
            if (!forms.Contains(word))
            {
                forms.Insert(0, word);
            }

            highlight?.Prefixes.AddRange(forms);
            return "{title body} : (" + string.Join(" OR ", forms.Select(f => Quote(f) + "*")) + ")";
        }

        if (forms.Count == 0)
        {
            // A stop word in every language: only where it is written.
            return "{ptitle pbody} : " + Quote(word);
        }

        highlight?.Forms.UnionWith(forms);
        return "{title body} : (" + string.Join(" OR ", forms.Select(Quote)) + ")";
    }

    private static string Quote(string token) => "\"" + token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // The other side of each glossary pair the term names, in the other side's language.
    private static IEnumerable<(QueryTerm Term, string Culture)> Translations(QueryTerm term, IReadOnlyList<GlossaryPair> glossary)
    {
        if (term.Prefix)
        {
            yield break;
        }

        foreach (var pair in glossary)
        {
            if (Names(term, pair.En, "en"))
            {
                yield return (Term(pair.Cy), "cy");
            }
            else if (Names(term, pair.Cy, "cy"))
            {
                yield return (Term(pair.En), "en");
            }
        }
    }

    private static QueryTerm Term(string text) =>
        new(TextAnalyzer.Words(text).Select(w => WelshForms.Fold(text.Substring(w.Start, w.Length))).ToList(), false);

    // A phrase names a side written the same; a word names a one-word side it shares a form with.
    private static bool Names(QueryTerm term, string side, string culture)
    {
        var words = Term(side).Words;
        if (words.Count == 0)
        {
            return false;
        }

        if (term.Phrase || words.Count > 1)
        {
            return term.Words.SequenceEqual(words);
        }

        return TextAnalyzer.Forms(term.Words[0], culture).Intersect(TextAnalyzer.Forms(words[0], culture)).Any();
    }

    public bool Matches(string folded, IReadOnlyList<string> forms) =>
        forms.Any(Forms.Contains) || Prefixes.Any(p => folded.StartsWith(p, StringComparison.Ordinal) || forms.Any(f => f.StartsWith(p, StringComparison.Ordinal)));

    public override string ToString() => Match;
}
