using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Psqm.Modules.Content;

/// <summary>
/// Lines removed, kept and added between two versions of a field, by DiffPlex (Myers' algorithm: memory grows with
/// the size of the change, not with the product of the two lengths), inline or side by side.
/// </summary>
public static class LineDiff
{
    private static readonly Differ Differ = new();

    public enum Change
    {
        Same,
        Removed,
        Added,
    }

    /// <summary>One line of the side-by-side view: the old text on the left, the new on the right (null where a side has none).</summary>
    public sealed record Row(string? Before, string? After, Change? BeforeChange, Change? AfterChange);

    public static IReadOnlyList<(Change Change, string Line)> Compare(string before, string after)
    {
        var result = new List<(Change, string)>();
        foreach (var line in InlineDiffBuilder.Diff(Differ, Normalize(before), Normalize(after), ignoreWhiteSpace: false).Lines)
        {
            switch (line.Type)
            {
                case ChangeType.Deleted:
                    result.Add((Change.Removed, line.Text));
                    break;
                case ChangeType.Inserted:
                    result.Add((Change.Added, line.Text));
                    break;
                case ChangeType.Unchanged:
                    result.Add((Change.Same, line.Text));
                    break;
            }
        }

        return result;
    }

    public static IReadOnlyList<Row> SideBySide(string before, string after)
    {
        var model = SideBySideDiffBuilder.Diff(Differ, Normalize(before), Normalize(after), ignoreWhiteSpace: false);
        return model.OldText.Lines.Zip(model.NewText.Lines, (old, @new) => new Row(
                old.Type == ChangeType.Imaginary ? null : old.Text,
                @new.Type == ChangeType.Imaginary ? null : @new.Text,
                Of(old.Type, Change.Removed),
                Of(@new.Type, Change.Added)))
            .ToList();
    }

    private static Change? Of(ChangeType type, Change changed) => type switch
    {
        ChangeType.Unchanged => Change.Same,
        ChangeType.Imaginary => null,
        _ => changed,
    };

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
