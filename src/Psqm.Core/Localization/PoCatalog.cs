using System.Globalization;
using System.Reflection;
using Psqm.Core.Caching;
using Psqm.Core.Modules;
using Psqm.Core.Storage;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Localization;

/// <summary>
/// Every module's PO files (embedded as <c>Psqm.po.{culture}</c>), with the tenant's own PO files in
/// <c>Sites/{Tenant}/Localization</c> of the file store laid over them, read once per node until the
/// localization recipe step writes them again (<see cref="CacheStamps.Localization"/>).
/// </summary>
public sealed class PoCatalog
{
    private readonly Dictionary<string, Dictionary<string, PoEntry>> _modules;
    private readonly IFileStore _files;
    private readonly TenantCache _cache;

    public PoCatalog(ModuleCatalog modules, IFileStore files, TenantCache cache)
    {
        _files = files;
        _cache = cache;
        _modules = new(StringComparer.OrdinalIgnoreCase);
        var assemblies = modules.Startups.Select(s => s.GetType().Assembly).Append(typeof(PoCatalog).Assembly).Distinct();
        foreach (var assembly in assemblies)
        {
            LoadEmbedded(assembly);
        }
    }

    public PoEntry? Find(CultureInfo culture, string? context, string id)
    {
        var cultures = Resolve(TenantScope.Current);
        for (var c = culture; c != CultureInfo.InvariantCulture; c = c.Parent)
        {
            if (cultures.TryGetValue(c.Name, out var entries)
                && (entries.TryGetValue(PoEntry.Key(context, id), out var entry) || (context is not null && entries.TryGetValue(id, out entry))))
            {
                return entry;
            }
        }

        return null;
    }

    public IEnumerable<PoEntry> All(CultureInfo culture) =>
        Resolve(TenantScope.Current).TryGetValue(culture.TwoLetterISOLanguageName, out var entries) ? entries.Values : [];

    private Dictionary<string, Dictionary<string, PoEntry>> Resolve(Tenant? tenant)
    {
        if (tenant is null)
        {
            return _modules;
        }

        return _cache.GetOrSet(CacheStamps.Localization, "po", () =>
        {
            // Once per node and change, from a string's first lookup, which cannot wait; off the request's context.
            return Task.Run(async () =>
            {
                var folder = Folder(tenant.Name);
                var names = (await _files.ListAsync(folder, CancellationToken.None)).Where(n => n.EndsWith(".po", StringComparison.Ordinal)).ToArray();
                if (names.Length == 0)
                {
                    return _modules;
                }

                var merged = _modules.ToDictionary(p => p.Key, p => new Dictionary<string, PoEntry>(p.Value, StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
                foreach (var name in names)
                {
                    await using var stream = await _files.OpenReadAsync(folder + "/" + name, CancellationToken.None);
                    if (stream is not null)
                    {
                        using var reader = new StreamReader(stream);
                        Add(merged, name[..^".po".Length], reader);
                    }
                }

                return merged;
            }).GetAwaiter().GetResult();
        }, TimeSpan.FromHours(1));
    }

    /// <summary>Where the tenant's own PO files are in the file store, beside its uploads, so every node reads the same.</summary>
    public static string Folder(string tenant) => StoredFiles.Of(tenant, "Localization");

    private void LoadEmbedded(Assembly assembly)
    {
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Psqm.po.", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            Add(_modules, resource["Psqm.po.".Length..], reader);
        }
    }

    private static void Add(Dictionary<string, Dictionary<string, PoEntry>> target, string culture, TextReader reader)
    {
        if (!target.TryGetValue(culture, out var entries))
        {
            target[culture] = entries = new Dictionary<string, PoEntry>(StringComparer.Ordinal);
        }

        foreach (var entry in PoParser.Parse(reader))
        {
            entries[PoEntry.Key(entry.Context, entry.Id)] = entry;
        }
    }
}
