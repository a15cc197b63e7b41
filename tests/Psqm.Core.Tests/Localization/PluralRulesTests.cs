using Psqm.Core.Localization;

namespace Psqm.Core.Tests.Localization;

public sealed class PluralRulesTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(6, 4)]
    [InlineData(4, 5)]
    [InlineData(5, 5)]
    [InlineData(7, 5)]
    [InlineData(100, 5)]
    public void Form_Welsh_HasSixCategories(long count, int form) => Assert.Equal(form, PluralRules.Form("cy", count));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    public void Form_English_HasTwo(long count, int form) => Assert.Equal(form, PluralRules.Form("en", count));

    [Fact]
    public void FormCount_Welsh_IsSix() => Assert.Equal(6, PluralRules.FormCount("cy"));
}
