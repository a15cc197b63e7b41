namespace Psqm.Core.Caching;

/// <summary>A row of the tenant's cache stamps: a cache area and the stamp of its last change.</summary>
public sealed class CacheStamp
{
    public string Area { get; set; } = "";

    public string Stamp { get; set; } = "";
}
