using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Content.Engine;

namespace Psqm.Web.Tests;

/// <summary>Titles offered as someone types in the header's search box: in the page's language, mutated Welsh words understood.</summary>
[Collection(SharedSite.Name)]
public sealed class SearchSuggestTests(PsqmFactory factory)
{
    [Fact]
    public async Task AMutatedWelshBeginning_SuggestsTheWelshTitlesWithItsRadical_LeadingToTheirWelshPages()
    {
        var suggestions = await SuggestAsync(factory.CreateClient(), "/cymru/api/search/suggest?q=wyddoniae");

        Assert.Contains(suggestions, s => s.Title == "Asesu gwyddoniaeth gynradd heb y gwaith papur" && s.Url == "/cymru/gweminarau/asesu-gwyddoniaeth-gynradd-heb-y-gwaith-papur");
        Assert.Contains(suggestions, s => s.Title == "Cyfalaf gwyddoniaeth yn yr ystafell ddosbarth");
        Assert.DoesNotContain(suggestions, s => s.Title.Contains("science", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ARadicalTyped_SuggestsTitlesWhereTheWordIsMutated()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        await factory.InTenantAsync(tenant, async services =>
        {
            var content = services.GetRequiredService<ContentManager>();
            var saved = await content.SaveDraftAsync(SearchTests.Resource("Ffair wyddoniaeth yr haf", "ffair-wyddoniaeth") with { Culture = "cy" }, "test");
            return await content.PublishAsync(saved.Item!.ContentItemId);
        });

        var suggestions = await SuggestAsync(factory.CreateClient(), $"{tenant.BasePath}/api/search/suggest?q=ffair%20gwyddon");

        Assert.Contains(suggestions, s => s.Title == "Ffair wyddoniaeth yr haf");
    }

    [Fact]
    public async Task TheEnglishPagesOfTheBilingualSite_SuggestEnglishTitles_AndEveryTypedWordCounts()
    {
        var suggestions = await SuggestAsync(factory.CreateClient(), "/cymru/en/api/search/suggest?q=science%20cap");

        var only = Assert.Single(suggestions);
        Assert.Equal("Science capital in the classroom", only.Title);
        Assert.StartsWith("/cymru/en/webinars/", only.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/cymru/en/webinars", "science cap", "Science capital in the classroom")]
    [InlineData("/cymru/gweminarau", "cyfalaf", "Cyfalaf gwyddoniaeth yn yr ystafell ddosbarth")]
    public async Task TheHeaderBoxOfEachLanguage_AsksForSuggestionsInThatLanguage(string page, string typed, string title)
    {
        var client = factory.CreateClient();
        var html = await client.GetPageAsync(page);
        var suggest = html.Document.QuerySelector("form[data-suggest]")!.GetAttribute("data-suggest")!;

        Assert.Contains(await SuggestAsync(client, suggest + "?q=" + Uri.EscapeDataString(typed)), s => s.Title == title);
    }

    [Fact]
    public async Task MembersOnlyTitles_AreSuggestedToSignedInMembersOnly()
    {
        Assert.DoesNotContain(await SuggestAsync(factory.CreateClient(), "/api/search/suggest?q=moderat"), s => s.Title == "Moderating working scientifically");

        var member = factory.CreateClient();
        await member.SignInAsync("", Accounts.Demo("SubjectLeader"));
        Assert.Contains(await SuggestAsync(member, "/api/search/suggest?q=moderat"), s => s.Title == "Moderating working scientifically");
    }

    [Fact]
    public async Task TooLittle_OrHostileInput_AnswersWithNoSuggestionsAndNeverAnError()
    {
        var client = factory.CreateClient();
        Assert.Empty(await SuggestAsync(client, "/api/search/suggest?q=s"));
        Assert.Empty(await SuggestAsync(client, "/api/search/suggest"));
        foreach (var hostile in HostileValues.All)
        {
            var response = await client.GetAsync(new Uri("/cymru/api/search/suggest?q=" + Uri.EscapeDataString(hostile), UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} for {hostile}");
        }
    }

    private static async Task<IReadOnlyList<(string Title, string Url)>> SuggestAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("suggestions").EnumerateArray()
            .Select(s => (s.GetProperty("title").GetString()!, s.GetProperty("url").GetString()!)).ToList();
    }
}
