namespace Psqm.Modules.Content;

/// <summary>Lines removed, kept and added between two texts (longest common subsequence), for comparing versions.</summary>
public static class LineDiff
{
    public enum Change
    {
        Same,
        Removed,
        Added,
    }

    public static IReadOnlyList<(Change Change, string Line)> Compare(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var result = new List<(Change, string)>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                result.Add((Change.Same, a[x++]));
                y++;
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                result.Add((Change.Removed, a[x++]));
            }
            else
            {
                result.Add((Change.Added, b[y++]));
            }
        }

        result.AddRange(a.Skip(x).Select(l => (Change.Removed, l)));
        result.AddRange(b.Skip(y).Select(l => (Change.Added, l)));
        return result;
    }
}
