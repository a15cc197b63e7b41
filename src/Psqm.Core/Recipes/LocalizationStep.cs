using System.Text;
using Psqm.Core.Caching;
using Psqm.Core.Localization;
using Psqm.Core.Storage;

namespace Psqm.Core.Recipes;

/// <summary>
/// The <c>localization</c> step: the tenant's own wording laid over the modules' PO files, for example
/// "Progression step" for "Key stage" on a Welsh tenant's English pages. Each culture's strings are written to
/// the tenant's <c>{culture}.po</c>, replacing what an earlier run wrote.
/// </summary>
public sealed class LocalizationStep(AppDataPaths paths, IFileStore files, CacheStamps stamps) : IRecipeStepHandler
{
    public string StepName => "localization";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.Staging);
        foreach (var (culture, strings) in context.Read<Model>().Strings)
        {
            if (culture.Length is < 2 or > 10 || !culture.All(c => char.IsAsciiLetter(c) || c == '-'))
            {
                throw new InvalidOperationException($"The localization step names the culture '{culture}': use a name such as en or cy.");
            }

            var po = new StringBuilder();
            foreach (var (id, text) in strings)
            {
                po.Append("msgid ").AppendLine(Quote(id)).Append("msgstr ").AppendLine(Quote(text)).AppendLine();
            }

            var written = Path.Combine(paths.Staging, "." + Guid.NewGuid().ToString("N") + ".po");
            await File.WriteAllTextAsync(written, po.ToString(), cancellationToken);
            await files.PutAsync(PoCatalog.Folder(context.Tenant.Name) + "/" + culture + ".po", written, cancellationToken);
        }

        await stamps.ChangedAsync(CacheStamps.Localization, cancellationToken);
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private sealed class Model
    {
        public Dictionary<string, Dictionary<string, string>> Strings { get; set; } = [];
    }
}
