using System.Globalization;
using System.Text.Json;
using Psqm.Core.Localization;

namespace Psqm.Core.Tests.Localization;

public sealed class LocalizedTextTests
{
    [Theory]
    [InlineData("cy", "Gogledd Cymru")]
    [InlineData("en", "North Wales")]
    [InlineData("es", "North Wales")]
    public void Text_InALanguage_FallsBackToEnglish(string language, string expected) =>
        Assert.Equal(expected, LocalizedText.Of("North Wales", "Gogledd Cymru").In(language));

    [Fact]
    public void Text_WithoutEnglish_FallsBackToWhatItHas() =>
        Assert.Equal("Norte", new LocalizedText(new Dictionary<string, string> { ["es"] = "Norte" }).In(CultureInfo.GetCultureInfo("en-GB")));

    [Fact]
    public void BlankTranslations_AreLeftOut_SoEnglishShows() =>
        Assert.Equal("Topics", LocalizedText.Of("Topics", " ").In("cy"));

    [Fact]
    public void Json_RoundTrips_AndAPlainStringIsEnglish()
    {
        var text = new LocalizedText(new Dictionary<string, string> { ["en"] = "Hub", ["cy"] = "Hyb", ["es"] = "Centro" });

        Assert.Equal(text, LocalizedText.FromJson(text.ToJson()));
        Assert.Equal(text, JsonSerializer.Deserialize<LocalizedText>(JsonSerializer.Serialize(text)));
        Assert.Equal("Hub", JsonSerializer.Deserialize<LocalizedText>("\"Hub\"")!.In("cy"));
    }
}
