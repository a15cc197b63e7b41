using System.Reflection;

namespace Psqm.Core.Modules;

/// <summary>The modules compiled into this host, known by name and by assembly.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<Assembly, ModuleManifest> _byAssembly = [];
    private readonly Dictionary<string, ModuleManifest> _byName = new(StringComparer.OrdinalIgnoreCase);

    public ModuleCatalog(IEnumerable<IModuleStartup> startups)
    {
        Startups = startups.ToArray();
        foreach (var startup in Startups)
        {
            _byAssembly[startup.GetType().Assembly] = startup.Manifest;
            _byName[startup.Manifest.Name] = startup.Manifest;
        }

        foreach (var manifest in _byName.Values)
        {
            var missing = manifest.Dependencies.Where(d => !_byName.ContainsKey(d)).ToArray();
            if (missing.Length > 0)
            {
                throw new InvalidOperationException($"Module '{manifest.Name}' needs {string.Join(", ", missing)}, which this host does not have.");
            }
        }
    }

    public IReadOnlyList<IModuleStartup> Startups { get; }

    public IEnumerable<ModuleManifest> Manifests => _byName.Values;

    public ModuleManifest? ForAssembly(Assembly assembly) => _byAssembly.GetValueOrDefault(assembly);

    public ModuleManifest? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The modules a tenant asked for, with what they depend on and those always on.</summary>
    public IReadOnlySet<string> Expand(IEnumerable<string> requested)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(requested.Concat(_byName.Values.Where(m => m.AlwaysEnabled).Select(m => m.Name)));
        while (pending.TryPop(out var name))
        {
            if (_byName.TryGetValue(name, out var manifest) && result.Add(manifest.Name))
            {
                foreach (var dependency in manifest.Dependencies)
                {
                    pending.Push(dependency);
                }
            }
        }

        return result;
    }
}
