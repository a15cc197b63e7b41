using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Psqm.Core.Modules;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Localization;

/// <summary>
/// Every module's PO files (embedded as <c>Psqm.po.{culture}</c>), with the tenant's own PO files in
/// <c>{AppData}/Sites/{Tenant}/Localization</c> laid over them.
/// </summary>
public sealed class PoCatalog
{
    private readonly Dictionary<string, Dictionary<string, PoEntry>> _modules;
    private readonly ConcurrentDictionary<string, Dictionary<string, Dictionary<string, PoEntry>>> _tenants = new(StringComparer.Ordinal);
    private readonly AppDataPaths _paths;

    public PoCatalog(ModuleCatalog modules, AppDataPaths paths)
    {
        _paths = paths;
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

    /// <summary>Reads the tenant's own PO files again on next use, after a recipe has written them.</summary>
    public void Forget(string tenantName) => _tenants.TryRemove(tenantName, out _);

    private Dictionary<string, Dictionary<string, PoEntry>> Resolve(Tenant? tenant)
    {
        if (tenant is null)
        {
            return _modules;
        }

        return _tenants.GetOrAdd(tenant.Name, name =>
        {
            var folder = _paths.TenantLocalization(name);
            if (!Directory.Exists(folder))
            {
                return _modules;
            }

            var merged = _modules.ToDictionary(p => p.Key, p => new Dictionary<string, PoEntry>(p.Value, StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
            foreach (var file in Directory.EnumerateFiles(folder, "*.po"))
            {
                using var reader = File.OpenText(file);
                Add(merged, Path.GetFileNameWithoutExtension(file), reader);
            }

            return merged;
        });
    }

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
