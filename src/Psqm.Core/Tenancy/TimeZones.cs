namespace Psqm.Core.Tenancy;

public static class TimeZones
{
    /// <summary>A stored UTC time as the clock on the wall shows it in the given zone.</summary>
    public static DateTime InZone(this DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
