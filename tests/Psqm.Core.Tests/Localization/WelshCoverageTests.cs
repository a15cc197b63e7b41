using System.Text.Json;
using System.Text.RegularExpressions;
using Psqm.Core.Localization;

namespace Psqm.Core.Tests.Localization;

/// <summary>
/// Welsh is never less favoured than English: every string a page, message or email can show has a Welsh
/// translation in some module's PO file. Strings are found in the source the way an extraction tool would.
/// </summary>
public sealed partial class WelshCoverageTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void EveryLocalizedString_HasAWelshTranslation()
    {
        var welsh = Directory.EnumerateFiles(Root, "cy.po", SearchOption.AllDirectories)
            .Where(IsSource)
            .SelectMany(f => PoParser.Parse(new StringReader(File.ReadAllText(f))))
            .Select(e => e.Id)
            .ToHashSet(StringComparer.Ordinal);

        var missing = SourceStrings().Where(s => !welsh.Contains(s.Text)).Select(s => $"{s.File}: {s.Text}").Distinct().ToArray();

        Assert.True(welsh.Count > 100, "The Welsh catalogues look empty.");
        Assert.True(missing.Length == 0, "No Welsh for:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void EveryWelshPluralEntry_HasAllSixForms()
    {
        var incomplete = Directory.EnumerateFiles(Root, "cy.po", SearchOption.AllDirectories)
            .Where(IsSource)
            .SelectMany(f => PoParser.Parse(new StringReader(File.ReadAllText(f))))
            .Where(e => e.Forms.Count > 1 && e.Forms.Count != 6)
            .Select(e => e.Id)
            .ToArray();

        Assert.Empty(incomplete);
    }

    private static IEnumerable<(string File, string Text)> SourceStrings()
    {
        foreach (var file in Directory.EnumerateFiles(Root, "*.*", SearchOption.AllDirectories).Where(IsSource)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(Root, file);
            if (!relative.StartsWith("src", StringComparison.Ordinal) && !relative.StartsWith("themes", StringComparison.Ordinal))
            {
                continue;
            }

            var text = Comment().Replace(File.ReadAllText(file), "");
            foreach (var regex in new[] { Localizer(), ErrorMessage(), PageLinkText(), RoleName(), FieldLabel(), FieldHint(), TypeName(), RoundStage(), RoundName(), FacetLabel(), ChoiceLabel(), RuleMessage() })
            {
                foreach (Match match in regex.Matches(text))
                {
                    if (regex == RoleName() && !file.EndsWith("RoleNames.cs", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    foreach (var group in match.Groups.Values.Skip(1).Where(g => g.Success))
                    {
                        yield return (relative, Regex.Unescape(group.Value));
                    }
                }
            }
        }

        foreach (var recipe in Directory.EnumerateFiles(Path.Combine(Root, "recipes"), "*.recipe.json").Where(f => !f.EndsWith("host.recipe.json", StringComparison.Ordinal)))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(recipe));
            yield return (recipe, json.RootElement.GetProperty("displayName").GetString()!);
            yield return (recipe, json.RootElement.GetProperty("description").GetString()!);
        }
    }

    private static bool IsSource(string path) =>
        !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal)
        && !path.Contains("/node_modules/", StringComparison.Ordinal) && !path.Contains("/tests/", StringComparison.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Psqm.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Psqm.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"(?:\bT|\b_?[sS])(?:\.Plural\([^,]+,\s*|\.GetString\(|\[)""((?:[^""\\]|\\.)+)""")]
    private static partial Regex Localizer();

    [GeneratedRegex(@"ErrorMessage = ""((?:[^""\\]|\\.)+)""")]
    private static partial Regex ErrorMessage();

    [GeneratedRegex(@"\(Manifest\.Value\.Name, ""/[^""]*"", ""([^""]+)""")]
    private static partial Regex PageLinkText();

    [GeneratedRegex(@"new\(""[a-zA-Z]+"", ""([^""]+)"", FieldKind")]
    private static partial Regex FieldLabel();

    [GeneratedRegex(@"Hint = ""((?:[^""\\]|\\.)+)""")]
    private static partial Regex FieldHint();

    [GeneratedRegex(@"new\([A-Za-z]+, ""([^""]+)"", Manifest\.Value\.Name\)")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"new\(""([^""]+)"", (?:\d+|null)(?:, true)?\)")]
    private static partial Regex RoundStage();

    [GeneratedRegex(@"new\(""([^""]+ round)"", ""([^""]+)""")]
    private static partial Regex RoundName();

    [GeneratedRegex(@"new\(""[a-z]+"", ""[a-zA-Z]+"", ""([^""]+)""")]
    private static partial Regex FacetLabel();

    [GeneratedRegex(@"new\(""[a-z-]+"", ""([^""]+)""\)")]
    private static partial Regex ChoiceLabel();

    [GeneratedRegex(@"new\(""[a-z]+"", ""([^""]+)"", fields =>")]
    private static partial Regex RuleMessage();

    [GeneratedRegex(@"^\s*//.*$", RegexOptions.Multiline)]
    private static partial Regex Comment();

    [GeneratedRegex("""=> "([^"]+)",""")]
    private static partial Regex RoleName();
}
