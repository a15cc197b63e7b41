using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Psqm.Modules.Search.Engine.Analysis;

/// <summary>
/// Gives each folded word the forms the language's analysis gives it (<see cref="TextAnalyzer.Forms(ReadOnlySpan{char}, string)"/>),
/// the first in its place and the others at the same position, and leaves out stop words. The same tokens as the
/// analysis itself, but each word's are worked out once and then looked up (by the term's characters, without a
/// string): what indexing runs on.
/// </summary>
public sealed class KnownFormsFilter : TokenFilter
{
    private readonly string _culture;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private IReadOnlyList<string> _forms = [];
    private int _next;

    public KnownFormsFilter(TokenStream input, string culture)
        : base(input)
    {
        _culture = culture;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next < _forms.Count)
        {
            _term.SetEmpty().Append(_forms[_next++]);
            _position.PositionIncrement = 0;
            return true;
        }

        // A stop word left out still takes its place, as Lucene's stop filter leaves it.
        var skipped = 0;
        while (m_input.IncrementToken())
        {
            var forms = TextAnalyzer.Forms(new ReadOnlySpan<char>(_term.Buffer, 0, _term.Length), _culture);

            if (forms.Count == 0)
            {
                skipped += _position.PositionIncrement;
                continue;
            }

            _term.SetEmpty().Append(forms[0]);
            _position.PositionIncrement += skipped;
            (_forms, _next) = (forms, 1);
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        (_forms, _next) = ([], 0);
    }
}
