using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Psqm.Modules.Webinars;

/// <summary>How an event's time is written for people: in a zone they recognise, in their language.</summary>
public static class EventTimes
{
    /// <summary>Readers' names of the zones the tenants use; others are shown by their identifier.</summary>
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["Europe/London"] = "UK time",
        ["Asia/Dubai"] = "UAE time",
        ["Asia/Singapore"] = "Singapore time",
        ["Europe/Madrid"] = "Spain time",
        ["Asia/Hong_Kong"] = "Hong Kong time",
        ["Asia/Kolkata"] = "India time",
        ["Africa/Nairobi"] = "Kenya time",
        ["America/New_York"] = "US Eastern time",
    };

    public static string ZoneName(TimeZoneInfo zone, IStringLocalizer s) =>
        Names.TryGetValue(zone.Id, out var name) ? s[name].Value : zone.Id;

    /// <summary>"Tuesday 1 December 2026, 16:00 to 17:00 (UK time)", in the current culture.</summary>
    public static string Describe(Webinar webinar, TimeZoneInfo zone, IStringLocalizer s)
    {
        var start = TimeZoneInfo.ConvertTimeFromUtc(webinar.StartUtc, zone);
        var end = TimeZoneInfo.ConvertTimeFromUtc(webinar.EndUtc, zone);
        var culture = CultureInfo.CurrentCulture;
        var day = start.ToString("dddd d MMMM yyyy", culture);
        var endText = end.Date == start.Date ? end.ToString("HH:mm", culture) : end.ToString("dddd d MMMM, HH:mm", culture);
        return s["{0}, {1} to {2} ({3})", day, start.ToString("HH:mm", culture), endText, ZoneName(zone, s)].Value;
    }
}
