namespace Psqm.Core.Tenancy;

/// <summary>What a tenant's site is: its name, languages, time zone, modules and look. Stored as JSON with the tenant.</summary>
public sealed class TenantSite
{
    /// <summary>Site name per culture ("en", "cy"); the first entry is the fallback.</summary>
    public Dictionary<string, string> SiteName { get; set; } = new() { ["en"] = "Primary Science Quality Mark" };

    /// <summary>Cultures in order of preference; the first is the default and has no URL segment.</summary>
    public List<string> Cultures { get; set; } = ["en-GB"];

    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>Zones a visitor may choose to see event times in as well (IANA names); none offers no choice.</summary>
    public List<string> ViewerTimeZones { get; set; } = [];

    public List<string> Modules { get; set; } = [];

    public string BrandColour { get; set; } = "#1d4f91";

    public string AccentColour { get; set; } = "#f7b500";

    public string? LogoPath { get; set; }

    /// <summary>Where the public writes to the programme team of this site.</summary>
    public string ContactEmail { get; set; } = "psqm@example.org";

    public string DefaultCulture => Cultures.Count > 0 ? Cultures[0] : "en-GB";

    public bool IsMultilingual => Cultures.Count > 1;

    public string NameFor(string language) =>
        SiteName.TryGetValue(language, out var name) ? name : SiteName.Values.FirstOrDefault() ?? "";
}
