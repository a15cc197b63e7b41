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
    private State? _state;

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
            RestoreState(_state);
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

        if (_pending.Count > 0)
        {
            _state = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _state = null;
    }
}
