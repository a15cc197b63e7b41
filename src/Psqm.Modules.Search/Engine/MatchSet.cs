using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// Which entries a query matches, as bits over the whole index, without scoring anything. Counting and the ranking
/// tiers need only this, and a word most entries have costs a read of its postings instead of a score for each. A
/// word's postings are read once however many of one search's queries name it; phrases and prefixes go through
/// their own scorers, also once.
/// </summary>
internal sealed class MatchSet(IndexSearcher searcher, BitSets sets)
{
    private readonly Dictionary<Query, FixedBitSet> _leaves = [];

    // A segment's terms enumerator for a field, kept for the search: each made afresh would build its frames again.
    private readonly Dictionary<(int Leaf, string Field), TermsEnum?> _terms = [];

    // Where each word was found in each segment, so scoring it later does not look it up again.
    private readonly Dictionary<Term, TermContext> _contexts = [];

    public FixedBitSet Of(Query query)
    {
        var bits = sets.New();
        Into(query, bits);
        return bits;
    }

    // Adds what the query matches to bits.
    private void Into(Query query, FixedBitSet bits)
    {
        if (query is BooleanQuery { MinimumNumberShouldMatch: 0 } boolean)
        {
            var clauses = boolean.GetClauses();
            if (clauses.All(c => c.Occur == Occur.SHOULD))
            {
                foreach (var clause in clauses)
                {
                    Into(clause.Query, bits);
                }
            }
            else
            {
                bits.Or(Boolean(clauses));
            }

            return;
        }

        // Lucene's queries are equal by value, so the same phrase in the title query and the full one is one entry.
        if (!_leaves.TryGetValue(query, out var leaf))
        {
            leaf = sets.New();
            if (query is TermQuery term)
            {
                Postings(term.Term, leaf);
            }
            else
            {
                searcher.Search(query, new BitsCollector(leaf));
            }

            _leaves[query] = leaf;
        }

        bits.Or(leaf);
    }

    // As Lucene matches: every required clause when there are any, otherwise any optional one; less the prohibited.
    private FixedBitSet Boolean(BooleanClause[] clauses)
    {
        var required = clauses.Where(c => c.Occur == Occur.MUST).ToList();
        FixedBitSet result;
        if (required.Count > 0)
        {
            result = Of(required[0].Query);
            foreach (var clause in required.Skip(1))
            {
                result.And(Of(clause.Query));
            }
        }
        else
        {
            result = sets.New();
            var optional = clauses.Where(c => c.Occur == Occur.SHOULD).ToList();
            foreach (var clause in optional)
            {
                Into(clause.Query, result);
            }
        }

        foreach (var clause in clauses.Where(c => c.Occur == Occur.MUST_NOT))
        {
            result.AndNot(Of(clause.Query));
        }

        return result;
    }

    private void Postings(Term term, FixedBitSet bits)
    {
        var context = new TermContext(searcher.TopReaderContext);
        DocsEnum? docs = null;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            if (Seek(leaf, term) is not { } terms)
            {
                continue;
            }

            context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
            docs = terms.Docs(leaf.AtomicReader.LiveDocs, docs, DocsFlags.NONE);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                bits.Set(leaf.DocBase + doc);
            }
        }

        _contexts[term] = context;
    }

    /// <summary>Whether any entry has the term, looked up on this search's enumerators.</summary>
    public bool Has(Term term) => searcher.IndexReader.Leaves.Any(leaf => Seek(leaf, term) is not null);

    // The segment's enumerator for the term's field, positioned on the term; null when the segment lacks it.
    private TermsEnum? Seek(AtomicReaderContext leaf, Term term)
    {
        if (!_terms.TryGetValue((leaf.Ord, term.Field), out var terms))
        {
            _terms[(leaf.Ord, term.Field)] = terms = leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
        }

        return terms is not null && terms.SeekExact(term.Bytes) ? terms : null;
    }

    /// <summary>
    /// The query to score, its words carrying where they were found when they were matched: scored as written, each
    /// would be looked up in every segment again.
    /// </summary>
    public Query Scored(Query query)
    {
        switch (query)
        {
            case TermQuery term when _contexts.TryGetValue(term.Term, out var context):
                return new TermQuery(term.Term, context) { Boost = term.Boost };
            case BooleanQuery boolean:
                var scored = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.GetClauses())
                {
                    scored.Add(Scored(clause.Query), clause.Occur);
                }

                return scored;
            default:
                return query;
        }
    }

    private sealed class BitsCollector(FixedBitSet bits) : ICollector
    {
        private int _base;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

        public void Collect(int doc) => bits.Set(_base + doc);
    }
}
