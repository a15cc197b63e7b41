using System.Globalization;

namespace Psqm.Core.Tests.Localization;

/// <summary>Dates and sorting follow the page's culture, which needs real culture data (ICU), not invariant mode.</summary>
public sealed class CultureDataTests
{
    private static readonly CultureInfo Welsh = CultureInfo.GetCultureInfo("cy-GB");

    [Fact]
    public void Welsh_FormatsDatesInWelsh() =>
        Assert.Equal("22 Tachwedd 2026", new DateTime(2026, 11, 22).ToString("d MMMM yyyy", Welsh));

    [Fact]
    public void Welsh_SortsDigraphsAsSingleLetters()
    {
        // In Welsh "ch" is a letter after "c", so "cyw" sorts before "chwarae".
        string[] words = ["chwarae", "cyw", "dydd", "ddoe"];

        var sorted = words.Order(StringComparer.Create(Welsh, ignoreCase: true)).ToArray();

        Assert.Equal(["cyw", "chwarae", "dydd", "ddoe"], sorted);
    }
}
