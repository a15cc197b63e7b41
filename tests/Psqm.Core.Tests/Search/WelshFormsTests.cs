using Psqm.Core.Search;
using Psqm.Modules.Search.Engine;

namespace Psqm.Core.Tests.Search;

public sealed class WelshFormsTests
{
    [Theory]
    [InlineData("gath", "cath")]
    [InlineData("nghath", "cath")]
    [InlineData("chath", "cath")]
    [InlineData("wyddoniaeth", "gwyddoniaeth")]
    [InlineData("Wyddoniaeth", "gwyddoniaeth")]
    [InlineData("fam", "mam")]
    [InlineData("fara", "bara")]
    [InlineData("mara", "bara")]
    [InlineData("nhad", "tad")]
    [InlineData("ddosbarth", "dosbarth")]
    [InlineData("lyfr", "llyfr")]
    [InlineData("lan", "glan")]
    [InlineData("hysgol", "ysgol")]
    [InlineData("Ŵyl", "gwyl")]
    [InlineData("phen", "pen")]
    public void AMutatedForm_HasItsRadicalAmongItsForms(string mutated, string radical) =>
        Assert.Contains(radical, WelshForms.Forms(mutated));

    [Theory]
    [InlineData("cath")]
    [InlineData("pen")]
    [InlineData("llyfr")]
    [InlineData("ffenestr")]
    [InlineData("rhif")]
    public void ARadicalThatNoMutationMakes_IsItsOnlyForm(string radical) =>
        Assert.Equal([radical], WelshForms.Forms(radical));

    [Fact]
    public void Folding_RemovesWelshAccents() =>
        Assert.Equal("gwyl dewi a'r ty", WelshForms.Fold("Gŵyl Dewi â'r tŷ"));

    /// <summary>The measure the search issue sets, on 5,000 pairs from the Bangor Welsh Lexicon.</summary>
    [Fact]
    public void OnTheLexiconSample_RecallIsAtLeast995PerMille_WithAtMostTwoAndAHalfFormsPerToken()
    {
        var rows = File.ReadLines(SharedData("welsh-mutations.tsv")).Skip(1).Select(l => l.Split('\t')).Where(r => r.Length >= 2).ToList();
        var found = 0;
        var forms = 0;
        foreach (var row in rows)
        {
            var candidates = WelshForms.Forms(row[0]);
            forms += candidates.Count;
            found += candidates.Contains(WelshForms.Fold(row[1])) ? 1 : 0;
        }

        Assert.Equal(5000, rows.Count);
        Assert.True(found >= rows.Count * 0.995, $"recall {found} of {rows.Count}");
        Assert.True(forms <= rows.Count * 2.5, $"{forms / (double)rows.Count:0.00} forms per token");
    }

    /// <summary>The shared data folder beside the repository (CI and a development checkout both have it).</summary>
    private static string SharedData(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"../shared/data/{file} is not beside the repository.");
    }

    [Theory]
    [InlineData("gwyddoniaeth", "wyddoniaeth")]
    [InlineData("gwyddon", "ngwyddon")]
    [InlineData("cath", "gath")]
    [InlineData("cath", "nghath")]
    [InlineData("cath", "chath")]
    [InlineData("pen", "mhen")]
    [InlineData("llyfr", "lyfr")]
    [InlineData("ysgol", "hysgol")]
    public void ARadical_IsWrittenAsEachMutationThatLeadsBackToIt(string radical, string written)
    {
        Assert.Contains(written, WelshForms.Written(radical));
        Assert.Contains(radical, WelshForms.Forms(written));
    }

    [Fact]
    public void OnlyWordsThatLeadBackToTheRadical_AreWritten() =>
        Assert.All(WelshForms.Written("dysgu"), w => Assert.Contains("dysgu", WelshForms.Forms(w)));
}
