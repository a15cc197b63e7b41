using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Psqm.Core.Recipes;

/// <summary>Reads recipe files from the recipes folder.</summary>
public sealed class RecipeStore(IOptions<PsqmOptions> options, IHostEnvironment environment)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public string Folder { get; } = FindFolder(options.Value.RecipesPath, environment.ContentRootPath);

    public IReadOnlyList<Recipe> List() =>
        Directory.EnumerateFiles(Folder, "*.recipe.json")
            .Where(f => !Path.GetFileName(f).Equals(options.Value.HostRecipe, StringComparison.OrdinalIgnoreCase))
            .Select(f => Read<Recipe>(f))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToArray();

    public Recipe? Find(string name)
    {
        var path = Path.Combine(Folder, Path.GetFileName(name.EndsWith(".recipe.json", StringComparison.Ordinal) ? name : name + ".recipe.json"));
        return File.Exists(path) ? Read<Recipe>(path) : null;
    }

    /// <summary>A data file that a recipe names, which must lie inside the recipes folder.</summary>
    public string DataFile(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(Folder, relative));
        return path.StartsWith(Path.GetFullPath(Folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException($"The recipe data file '{relative}' is outside the recipes folder.");
    }

    public HostRecipe Host()
    {
        var path = Path.Combine(Folder, options.Value.HostRecipe);
        return File.Exists(path) ? Read<HostRecipe>(path) : new HostRecipe();
    }

    private static T Read<T>(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"Recipe {path} is empty.");
    }

    // `dotnet run` starts in src/Psqm.Web and a published app carries a copy beside its binaries.
    private static string FindFolder(string configured, string contentRoot)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }

        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, configured);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"No '{configured}' folder above {contentRoot}.");
    }
}
