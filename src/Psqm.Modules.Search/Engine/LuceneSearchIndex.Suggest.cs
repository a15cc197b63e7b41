using Lucene.Net.Index;
using Lucene.Net.Search;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

public sealed partial class LuceneSearchIndex
{
    /// <summary>The most words of a typed beginning that are looked at: more narrows nothing a title can still match.</summary>
    private const int MaxSuggestWords = 6;

    /// <summary>Shorter titles first: a suggestion names a page, and a long sentence (a criterion) is rarely what is sought.</summary>
    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, string culture, bool member, int take, CancellationToken cancellationToken = default)
    {
        if (SuggestQuery(text, culture, member) is not { } query || take <= 0)
        {
            return [];
        }

        var index = await ReadyAsync(cancellationToken);
        using var lease = index.Acquire();
        var collector = new ShortestTitles(index.Codes, take);
        lease.Searcher.Search(query, collector);
        return collector.Top().Select(doc => IndexFields.Suggestion(ShownEntry.Read(lease.Searcher.IndexReader, doc, withText: false))).ToList();
    }

    /// <summary>
    /// Titles in the language whose folded words (stop words kept) include each typed word whole and the last as a
    /// beginning, each Welsh word in its radical forms and every way they are written. Null when nothing was typed that could match.
    /// </summary>
    internal static Query? SuggestQuery(string text, string culture, bool member)
    {
        var words = TextAnalyzer.Words(text).Select(w => WelshForms.Fold(text.Substring(w.Start, w.Length))).Take(MaxSuggestWords).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery { { new TermQuery(new Term(IndexFields.Culture, culture)), Occur.MUST } };
        for (var i = 0; i < words.Count; i++)
        {
            var group = new BooleanQuery();
            // A Welsh word is matched however its radicals can be written: typed mutated or not, either way in the title.
            var last = i == words.Count - 1;
            foreach (var form in TextAnalyzer.IsWelsh(culture) ? MatchExpression.Written(WelshForms.Forms(words[i]), beginnings: last, stopWords: true) : [words[i]])
            {
                var term = new Term(TextAnalyzer.IsWelsh(culture) ? IndexFields.WelshTitle : IndexFields.TitleWords, form);
                group.Add(last ? new PrefixQuery(term) : new TermQuery(term), Occur.SHOULD);
            }

            query.Add(group, Occur.MUST);
        }

        if (!member)
        {
            query.Add(new TermQuery(new Term(IndexFields.Access, IndexFields.MembersOnly)), Occur.MUST_NOT);
        }

        return query;
    }

    /// <summary>The matches with the shortest titles, in order, as many as asked for.</summary>
    private sealed class ShortestTitles(FacetCodes codes, int take) : ICollector
    {
        private readonly PriorityQueue<(int Length, int Doc), (int Length, int Doc)> _best = new(take + 1, Comparer<(int Length, int Doc)>.Create((a, b) => b.CompareTo(a)));
        private SegmentData? _segment;
        private int _base;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            _base = context.DocBase;
            _segment = SegmentData.Of(context.AtomicReader, codes);
        }

        public void Collect(int doc)
        {
            var entry = (_segment!.TitleLength[doc], _base + doc);
            if (_best.Count < take)
            {
                _best.Enqueue(entry, entry);
            }
            else if (entry.CompareTo(_best.Peek()) < 0)
            {
                _best.EnqueueDequeue(entry, entry);
            }
        }

        public List<int> Top()
        {
            var docs = new List<int>(_best.Count);
            while (_best.TryDequeue(out var entry, out _))
            {
                docs.Add(entry.Doc);
            }

            docs.Reverse();
            return docs;
        }
    }
}
