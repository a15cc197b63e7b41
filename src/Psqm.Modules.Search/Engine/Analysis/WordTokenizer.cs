using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Psqm.Modules.Search.Engine.Analysis;

/// <summary>The words of a text as <see cref="TextAnalyzer.Words"/> splits it, each folded (lower case, no accents).</summary>
public sealed class WordTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private string _text = "";
    private IEnumerator<(int Start, int Length)>? _words;

    public WordTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_words is null)
        {
            // Index texts are cut at a few thousand characters, so reading one whole costs nothing worth streaming.
            _text = m_input.ReadToEnd();
            _words = TextAnalyzer.Words(_text).GetEnumerator();
        }

        if (!_words.MoveNext())
        {
            return false;
        }

        var (start, length) = _words.Current;
        if (!FoldAscii(start, length))
        {
            _term.SetEmpty().Append(WelshForms.Fold(_text.Substring(start, length)));
        }

        _offset.SetOffset(CorrectOffset(start), CorrectOffset(start + length));
        return true;
    }

    // Most words are plain ASCII: lower-cased straight into the term, without a string on the way.
    private bool FoldAscii(int start, int length)
    {
        if (!TextAnalyzer.TryFoldAscii(_text.AsSpan(start, length), _term.ResizeBuffer(length)))
        {
            return false;
        }

        _term.Length = length;
        return true;
    }

    public override void End()
    {
        base.End();
        var end = CorrectOffset(_text.Length);
        _offset.SetOffset(end, end);
    }

    public override void Reset()
    {
        base.Reset();
        _words = null;
        _text = "";
    }
}
