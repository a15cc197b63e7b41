namespace Psqm.Core.Caching;

/// <summary>
/// Marks a public page whose answer to a signed-out visitor may be kept and served again (<see cref="PageCache"/>).
/// It names every query value the page reads: they are the only ones a copy varies by, and a request with any other
/// is answered afresh and not kept, so nobody can fill the cache, or plant a link in it, with values the page ignores.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CachedPageAttribute(params string[] query) : Attribute
{
    public IReadOnlyList<string> Query { get; } = query;

    /// <summary>The same names as the cache's vary-by rules take them, made once rather than on every request.</summary>
    internal Microsoft.Extensions.Primitives.StringValues QueryKeys { get; } = query;
}
