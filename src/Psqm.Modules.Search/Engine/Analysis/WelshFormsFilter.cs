using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Psqm.Modules.Search.Engine.Analysis;

/// <summary>
/// Gives each Welsh word the radicals it can be a mutation of (<see cref="WelshForms"/>) at the same position, so
/// "wyddoniaeth" is found by "gwyddoniaeth" and the other way round.
/// </summary>
public sealed class WelshFormsFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _pending = new();

    public WelshFormsFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            // The word's other attributes (its offsets) are still those of the word: only the term changes.
            _term.SetEmpty().Append(_pending.Dequeue());
            _position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var forms = WelshForms.Forms(_term.ToString());
        for (var i = 1; i < forms.Count; i++)
        {
            _pending.Enqueue(forms[i]);
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
    }
}
