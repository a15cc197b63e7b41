using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Psqm.Core.Tenancy;

/// <summary>A running view of one registry row: immutable, so it can be shared by every request.</summary>
public sealed class Tenant
{
    public Tenant(TenantRecord record)
    {
        Record = record;
        Name = record.Name;
        BasePath = string.IsNullOrEmpty(record.UrlPrefix) ? PathString.Empty : new PathString("/" + record.UrlPrefix);
        Cultures = record.Site.Cultures.Select(CultureInfo.GetCultureInfo).ToArray();
        Modules = new HashSet<string>(record.Site.Modules, StringComparer.OrdinalIgnoreCase);
        TimeZone = TimeZoneInfo.TryFindSystemTimeZoneById(record.Site.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
        LogScope = [new("Tenant", record.Name)];
    }

    public TenantRecord Record { get; }

    /// <summary>The logging scope of the tenant's requests and jobs, made once rather than on every request.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> LogScope { get; }

    public string Name { get; }

    public TenantState State => Record.State;

    public PathString BasePath { get; }

    public IReadOnlyList<CultureInfo> Cultures { get; }

    public CultureInfo DefaultCulture => Cultures.Count > 0 ? Cultures[0] : CultureInfo.GetCultureInfo("en-GB");

    public bool IsMultilingual => Cultures.Count > 1;

    /// <summary>The tenant's culture named by <paramref name="culture"/> (cy-GB or cy), else its first: how a reader's emails are written.</summary>
    public CultureInfo CultureOf(string? culture) =>
        Cultures.FirstOrDefault(c => c.Name == culture || c.TwoLetterISOLanguageName == culture) ?? DefaultCulture;

    public IReadOnlySet<string> Modules { get; }

    public TimeZoneInfo TimeZone { get; }

    public TenantSite Site => Record.Site;

    public bool IsDefault => Name == TenantRecord.DefaultName;

    /// <summary>The URL segment of a culture: none for the default, the two-letter language otherwise.</summary>
    public string CultureSegment(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == DefaultCulture.TwoLetterISOLanguageName ? "" : culture.TwoLetterISOLanguageName;

    /// <summary>The path base of a culture on this tenant, e.g. <c>/cymru/en</c>.</summary>
    public PathString PathBaseFor(CultureInfo culture)
    {
        var segment = CultureSegment(culture);
        return segment.Length == 0 ? BasePath : BasePath.Add("/" + segment);
    }

    public CultureInfo? CultureForSegment(string segment) =>
        Cultures.Skip(1).FirstOrDefault(c => string.Equals(c.TwoLetterISOLanguageName, segment, StringComparison.OrdinalIgnoreCase));

    public string SiteName(CultureInfo culture) => Record.Site.NameFor(culture.TwoLetterISOLanguageName);
}
