using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

/// <summary>A word, a prefix ("magnet*") or a phrase ("fair test"), as folded words.</summary>
public sealed record QueryTerm(IReadOnlyList<string> Words, bool Prefix)
{
    public bool Phrase => Words.Count > 1;

    public override string ToString() => Phrase ? "\"" + string.Join(' ', Words) + "\"" : Words[0] + (Prefix ? "*" : "");
}

/// <summary>
/// What a searcher typed, read forgivingly: words must all match (AND says so again), "quoted words" match as a
/// phrase, OR (or NEU) between two terms accepts either, a leading minus (or NOT) leaves a term out, a trailing
/// star matches the start of a word. Anything else (stray quotes, lone operators, symbols) is ignored.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 1_000;
    public const int MaxTerms = 16;

    public const string TooLong = "Your search was long, so only its first words were used.";
    public const string Empty = "Type one or more words to search for.";
    public const string OnlyExclusions = "Add a word to search for as well as the words to leave out.";

    private SearchQuery()
    {
    }

    /// <summary>Each inner list is a set of alternatives, one of which must match.</summary>
    public List<List<QueryTerm>> Required { get; } = [];

    public List<QueryTerm> Excluded { get; } = [];

    public List<string> Notices { get; } = [];

    public bool IsEmpty => Required.Count == 0;

    public static SearchQuery Parse(string? input)
    {
        var query = new SearchQuery();
        var text = input ?? "";
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
            query.Notices.Add(TooLong);
        }

        var i = 0;
        var or = false;
        var not = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var exclude = false;
            if (c == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                exclude = true;
                c = text[++i];
            }

            string raw;
            var quoted = c == '"';
            if (quoted)
            {
                // An unbalanced quote runs to the end: the phrase the searcher meant to close.
                var end = text.IndexOf('"', i + 1);
                raw = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
                i = end < 0 ? text.Length : end + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
                {
                    i++;
                }

                raw = text[start..i];
                if (raw is "OR" or "NEU" or "|" or "||")
                {
                    or = true;
                    continue;
                }

                if (raw is "AND" or "&&")
                {
                    continue;
                }

                if (raw is "NOT")
                {
                    not = true;
                    continue;
                }
            }

            var words = TextAnalyzer.Words(raw).Select(w => WelshForms.Fold(raw.Substring(w.Start, w.Length))).ToList();
            if (words.Count == 0)
            {
                or = false;
                continue;
            }

            // A prefix of one letter would match half the index; it is read as the word itself.
            var prefix = !quoted && words.Count == 1 && raw.EndsWith('*') && words[0].Length >= 2;
            query.Add(new QueryTerm(words, prefix), exclude || not, or);
            or = false;
            not = false;
        }

        if (query.Required.Count == 0)
        {
            query.Notices.Add(query.Excluded.Count > 0 ? OnlyExclusions : Empty);
        }

        return query;
    }

    private void Add(QueryTerm term, bool exclude, bool or)
    {
        if (Required.Count + Excluded.Count >= MaxTerms)
        {
            if (!Notices.Contains(TooLong))
            {
                Notices.Add(TooLong);
            }

            return;
        }

        if (exclude)
        {
            Excluded.Add(term);
        }
        else if (or && Required.Count > 0)
        {
            Required[^1].Add(term);
        }
        else
        {
            Required.Add([term]);
        }
    }

    public override string ToString() =>
        string.Join(' ', Required.Select(alternatives => string.Join(" OR ", alternatives)).Concat(Excluded.Select(e => "-" + e)));
}
