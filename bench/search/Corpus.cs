using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Psqm.Bench.Search;

/// <summary>
/// Words to write items with, at their natural frequencies: English from the programme's own documents, Welsh
/// from the Welsh demo content and the mutation lexicon (mutated and radical forms, so mutations occur).
/// </summary>
internal sealed partial class Corpus
{
    private readonly string[] _english;
    private readonly string[] _welsh;

    private Corpus(string[] english, string[] welsh) => (_english, _welsh) = (english, welsh);

    public static Corpus Load(string root)
    {
        var english = new List<string>();
        var welsh = new List<string>();
        var seeds = Path.Combine(root, "..", "shared", "seeds");
        if (Directory.Exists(seeds))
        {
            foreach (var file in Directory.EnumerateFiles(seeds, "*.txt"))
            {
                english.AddRange(Words(File.ReadAllText(file)));
            }
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "recipes", "content"), "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var text in Strings(json.RootElement, null))
            {
                (text.Culture == "cy" ? welsh : english).AddRange(Words(text.Value));
            }
        }

        var lexicon = Path.Combine(root, "..", "shared", "data", "welsh-mutations.tsv");
        if (File.Exists(lexicon))
        {
            foreach (var line in File.ReadLines(lexicon).Skip(1))
            {
                var columns = line.Split('\t');
                welsh.Add(columns[0]);
                welsh.Add(columns[1]);
            }
        }

        return new Corpus([.. english], [.. welsh]);
    }

    public string Sentence(Random random, string culture, int words)
    {
        var source = culture == "cy" ? _welsh : _english;
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            var word = source[random.Next(source.Length)];
            builder.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(i == words - 1 ? ". " : " ");
        }

        return builder.ToString();
    }

    public string Paragraphs(Random random, string culture, int words)
    {
        var builder = new StringBuilder();
        while (words > 0)
        {
            var length = Math.Min(words, random.Next(8, 20));
            builder.Append(Sentence(random, culture, length));
            words -= length;
        }

        return builder.ToString().Trim();
    }

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length > 1);

    // Every string value under a "cy" or "en" version, with the language it is in.
    private static IEnumerable<(string Culture, string Value)> Strings(JsonElement element, string? culture)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var inner = property.Name is "cy" or "en" ? property.Name : culture;
                    foreach (var value in Strings(property.Value, inner))
                    {
                        yield return value;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var value in Strings(item, culture))
                    {
                        yield return value;
                    }
                }

                break;
            case JsonValueKind.String when culture is not null:
                yield return (culture, element.GetString()!);
                break;
        }
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
