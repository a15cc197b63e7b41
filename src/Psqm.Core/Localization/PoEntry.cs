namespace Psqm.Core.Localization;

/// <summary>One translated string: a single form, or one form per plural category of the language.</summary>
public sealed record PoEntry(string Id, string? Context, IReadOnlyList<string> Forms)
{
    public static string Key(string? context, string id) => context is null ? id : context + "\u0004" + id;
}
