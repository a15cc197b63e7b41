namespace Psqm.Core.Forms;

/// <summary>What the pagination partial needs: where we are, how many pages, and the address of each.</summary>
public sealed record Pager(int Current, int Pages, Func<int, string> Link)
{
    /// <summary>First, last, and the pages around the current one; null marks a gap.</summary>
    public IEnumerable<int?> Items()
    {
        int? previous = null;
        for (var page = 1; page <= Pages; page++)
        {
            if (page == 1 || page == Pages || Math.Abs(page - Current) <= 1)
            {
                if (previous is { } p && page - p > 1)
                {
                    yield return null;
                }

                yield return page;
                previous = page;
            }
        }
    }
}
