using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// A parsed query as Lucene queries over the index's fields (<see cref="IndexFields"/>): in English entries, words and
/// prefixes against the stems (title, body), phrases and stop words against the folded words (ptitle, pbody); in Welsh
/// entries, all of them against the words as written (cytitle, cybody), each form in every way it can be written. A
/// title counts ten times the body. Each term is a term, never parsed syntax, so no input can make an engine error.
/// </summary>
public sealed class MatchExpression
{
    private const float TitleBoost = 10f;

    private MatchExpression()
    {
    }

    public Query Match { get; private set; } = new BooleanQuery();

    /// <summary>The same query against titles only: what ranks a title match above a body match.</summary>
    public Query TitleMatch { get; private set; } = new BooleanQuery();

    /// <summary>The query without glossary translations, when there were any: what ranks first.</summary>
    public Query? Untranslated { get; private set; }

    /// <summary>Analysed forms to mark in titles and snippets.</summary>
    public HashSet<string> Forms { get; } = new(StringComparer.Ordinal);

    public List<string> Prefixes { get; } = [];

    /// <summary>Words of the query as typed and folded, one per required word: what "did you mean" corrects.</summary>
    public List<string> Words { get; } = [];

    public static MatchExpression Build(SearchQuery query, IReadOnlyList<string> cultures, IReadOnlyList<GlossaryPair> glossary)
    {
        var result = new MatchExpression();
        var translated = query.Required.Any(a => a.Any(t => Translations(t, glossary).Any()));
        result.Match = Compose(query, cultures, glossary, titlesOnly: false, result);
        result.TitleMatch = Compose(query, cultures, glossary, titlesOnly: true, null);
        if (translated)
        {
            result.Untranslated = Compose(query, cultures, [], titlesOnly: false, null);
        }

        result.Words.AddRange(query.Required.SelectMany(a => a).Where(t => !t.Phrase && !t.Prefix).Select(t => t.Words[0]));
        return result;
    }

    private static BooleanQuery Compose(SearchQuery query, IReadOnlyList<string> cultures, IReadOnlyList<GlossaryPair> glossary, bool titlesOnly, MatchExpression? highlight)
    {
        var whole = new BooleanQuery();
        foreach (var alternatives in query.Required)
        {
            var group = new BooleanQuery();
            foreach (var term in alternatives)
            {
                group.Add(Fragment(term, cultures, titlesOnly, highlight), Occur.SHOULD);
                foreach (var other in Translations(term, glossary))
                {
                    group.Add(Fragment(other.Term, [other.Culture], titlesOnly, highlight), Occur.SHOULD);
                }
            }

            whole.Add(group, Occur.MUST);
        }

        // Left out wherever the word is, title or body, even when only titles are being matched.
        foreach (var excluded in query.Excluded)
        {
            whole.Add(Fragment(excluded, cultures, false, null), Occur.MUST_NOT);
        }

        return whole;
    }

    private static BooleanQuery Fragment(QueryTerm term, IReadOnlyList<string> cultures, bool titlesOnly, MatchExpression? highlight)
    {
        var fragment = new BooleanQuery();
        void Add(Func<string, Query> make, string title, string body)
        {
            var inTitle = make(title);
            inTitle.Boost = TitleBoost;
            fragment.Add(inTitle, Occur.SHOULD);
            if (!titlesOnly)
            {
                fragment.Add(make(body), Occur.SHOULD);
            }
        }

        void AddWords(Func<string, string, Query> make, IEnumerable<string> english, IEnumerable<string> welsh, bool folded)
        {
            foreach (var word in english)
            {
                Add(field => make(field, word), folded ? IndexFields.TitleWords : IndexFields.Title, folded ? IndexFields.BodyWords : IndexFields.Body);
            }

            foreach (var word in welsh)
            {
                Add(field => make(field, word), IndexFields.WelshTitle, IndexFields.WelshBody);
            }
        }

        if (term.Phrase)
        {
            highlight?.Forms.UnionWith(term.Words.SelectMany(w => cultures.SelectMany(c => TextAnalyzer.Forms(w, c))));
            Add(field => Phrase(field, term.Words), IndexFields.TitleWords, IndexFields.BodyWords);
            Add(field => Phrase(field, term.Words), IndexFields.WelshTitle, IndexFields.WelshBody);
            return fragment;
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
            AddWords((field, form) => new PrefixQuery(new Term(field, form)), forms, Written(forms, beginnings: true), folded: false);
            return fragment;
        }

        if (forms.Count == 0)
        {
            // A stop word in every language: only where it is written.
            AddWords((field, w) => new TermQuery(new Term(field, w)), [word], [word], folded: true);
            return fragment;
        }

        highlight?.Forms.UnionWith(forms);
        AddWords((field, form) => new TermQuery(new Term(field, form)), forms, Written(forms), folded: false);
        return fragment;
    }

    private static PhraseQuery Phrase(string field, IReadOnlyList<string> words)
    {
        var phrase = new PhraseQuery();
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word));
        }

        return phrase;
    }

    /// <summary>
    /// Every Welsh word as written that the Welsh analysis gives one of the forms: each form's mutations, less the
    /// stop words, which Welsh entries keep for phrases but the analysis gives no form. What a Welsh entry's words are
    /// asked for by, finding what indexing each word's radicals would find. Beginnings (prefixes) are mutated unchecked,
    /// and they and words matched as typed (<paramref name="stopWords"/>: suggestions) keep the stop words.
    /// </summary>
    public static List<string> Written(IEnumerable<string> forms, bool beginnings = false, bool stopWords = false)
    {
        var written = new List<string>();
        foreach (var form in forms)
        {
            foreach (var word in WelshForms.Written(form, beginnings))
            {
                if (!written.Contains(word) && (beginnings || stopWords || !StopWords.Welsh.Contains(word)))
                {
                    written.Add(word);
                }
            }
        }

        return written;
    }

    // The other side of each glossary pair the term names, in the other side's language.
    private static IEnumerable<(QueryTerm Term, string Culture)> Translations(QueryTerm term, IReadOnlyList<GlossaryPair> glossary)
    {
        if (term.Prefix)
        {
            yield break;
        }

        foreach (var (en, cy) in Prepare(glossary))
        {
            if (Names(term, en))
            {
                yield return (cy.Term, cy.Culture);
            }
            else if (Names(term, cy))
            {
                yield return (en.Term, en.Culture);
            }
        }
    }

    /// <summary>One side of a glossary pair, analysed once: its words, and the forms of a one-word side.</summary>
    private sealed record Side(QueryTerm Term, string Culture, HashSet<string> Forms);

    // A glossary is analysed once for as long as its index holds it, not at every search.
    private static readonly ConditionalWeakTable<IReadOnlyList<GlossaryPair>, (Side En, Side Cy)[]> Prepared = new();

    private static (Side En, Side Cy)[] Prepare(IReadOnlyList<GlossaryPair> glossary) =>
        Prepared.GetValue(glossary, pairs => pairs.Select(p => (SideOf(p.En, "en"), SideOf(p.Cy, "cy"))).ToArray());

    private static Side SideOf(string text, string culture)
    {
        var term = new QueryTerm(TextAnalyzer.Words(text).Select(w => WelshForms.Fold(text.Substring(w.Start, w.Length))).ToList(), false);
        return new Side(term, culture, term.Words.Count == 1 ? [.. TextAnalyzer.Forms(term.Words[0], culture)] : []);
    }

    // A phrase names a side written the same; a word names a one-word side it shares a form with.
    private static bool Names(QueryTerm term, Side side)
    {
        var words = side.Term.Words;
        if (words.Count == 0)
        {
            return false;
        }

        if (term.Phrase || words.Count > 1)
        {
            return term.Words.SequenceEqual(words);
        }

        return TextAnalyzer.Forms(term.Words[0], side.Culture).Any(side.Forms.Contains);
    }

    /// <summary>
    /// Whether a word of a shown text is one to mark: by its forms, or (a stop word, with none) as written. Runs for
    /// every word shown, so it makes nothing.
    /// </summary>
    public bool Matches(ReadOnlySpan<char> folded, IReadOnlyList<string> forms)
    {
        if (forms.Count == 0 && Forms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded))
        {
            return true;
        }

        for (var i = 0; i < forms.Count; i++)
        {
            if (Forms.Contains(forms[i]))
            {
                return true;
            }
        }

        foreach (var prefix in Prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }

            for (var i = 0; i < forms.Count; i++)
            {
                if (forms[i].StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public override string ToString() => Match.ToString();
}
