using System.Globalization;
using System.Text;

namespace Psqm.Core.Calendars;

/// <summary>One event of a calendar: times in UTC, written in the calendar's zone; an all-day event is the day of <see cref="StartUtc"/>.</summary>
public sealed record CalendarEvent(string Uid, int Sequence, DateTime StartUtc, DateTime EndUtc, string Summary, string Description, string? Url, string? Location)
{
    public bool AllDay { get; init; }
}

/// <summary>
/// Writes iCalendar (RFC 5545): CRLF lines folded at 75 octets without splitting a character, escaped text, and
/// a VTIMEZONE with every offset change around the events, so programs that know nothing of the zone still
/// show the right time.
/// </summary>
public static class ICalendarWriter
{
    /// <summary>The calendar without the moment it was written (each event's DTSTAMP): what tells one calendar from another.</summary>
    public static string Unstamped(string calendar) =>
        string.Join("\r\n", calendar.Split("\r\n").Where(line => !line.StartsWith("DTSTAMP:", StringComparison.Ordinal)));

    public static string Write(string name, TimeZoneInfo zone, IReadOnlyList<CalendarEvent> events, DateTime nowUtc, string language)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//PSQM Online//Events//" + language.ToUpperInvariant(),
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Text(name),
            "X-WR-TIMEZONE:" + zone.Id,
            "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
            "X-PUBLISHED-TTL:PT1H",
        };
        var from = events.Count == 0 ? nowUtc : events.Min(e => e.StartUtc);
        var to = events.Count == 0 ? nowUtc : events.Max(e => e.EndUtc);
        lines.AddRange(TimeZoneLines(zone, from.AddYears(-1), to.AddYears(1)));
        foreach (var e in events)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add("UID:" + Text(e.Uid));
            lines.Add("SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture));
            lines.Add("DTSTAMP:" + Utc(nowUtc));
            if (e.AllDay)
            {
                // A date, not a time: the same day wherever the calendar is read.
                lines.Add("DTSTART;VALUE=DATE:" + e.StartUtc.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
                lines.Add("DTEND;VALUE=DATE:" + e.StartUtc.Date.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            }
            else
            {
                lines.Add($"DTSTART;TZID={zone.Id}:{Local(e.StartUtc, zone)}");
                lines.Add($"DTEND;TZID={zone.Id}:{Local(e.EndUtc, zone)}");
            }

            lines.Add("SUMMARY;LANGUAGE=" + language + ":" + Text(e.Summary));
            lines.Add("DESCRIPTION;LANGUAGE=" + language + ":" + Text(e.Description));
            if (e.Url is not null)
            {
                lines.Add("URL:" + e.Url);
            }

            if (e.Location is not null)
            {
                lines.Add("LOCATION:" + Text(e.Location));
            }

            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        var output = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(output, line);
        }

        return output.ToString();
    }

    /// <summary>The zone's observances between two moments: one STANDARD or DAYLIGHT block per change of offset.</summary>
    public static IEnumerable<string> TimeZoneLines(TimeZoneInfo zone, DateTime fromUtc, DateTime toUtc)
    {
        yield return "BEGIN:VTIMEZONE";
        yield return "TZID:" + zone.Id;
        var transitions = Transitions(zone, fromUtc, toUtc).ToList();
        if (transitions.Count == 0)
        {
            var offset = zone.GetUtcOffset(fromUtc);
            foreach (var line in Observance("STANDARD", new DateTime(1970, 1, 1), offset, offset, zone.StandardName))
            {
                yield return line;
            }
        }

        foreach (var (atUtc, before, after) in transitions)
        {
            var daylight = zone.IsDaylightSavingTime(atUtc.AddMinutes(1));
            foreach (var line in Observance(daylight ? "DAYLIGHT" : "STANDARD", atUtc + before, before, after, daylight ? zone.DaylightName : zone.StandardName))
            {
                yield return line;
            }
        }

        yield return "END:VTIMEZONE";
    }

    private static IEnumerable<string> Observance(string kind, DateTime onsetLocal, TimeSpan from, TimeSpan to, string name)
    {
        yield return "BEGIN:" + kind;
        yield return "DTSTART:" + onsetLocal.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
        yield return "TZOFFSETFROM:" + Offset(from);
        yield return "TZOFFSETTO:" + Offset(to);
        if (name.Length > 0)
        {
            yield return "TZNAME:" + Text(name);
        }

        yield return "END:" + kind;
    }

    // Day by day, then to the minute within the day the offset changed: exact, and cheap for a few years.
    private static IEnumerable<(DateTime AtUtc, TimeSpan Before, TimeSpan After)> Transitions(TimeZoneInfo zone, DateTime fromUtc, DateTime toUtc)
    {
        var day = DateTime.SpecifyKind(fromUtc.Date, DateTimeKind.Utc);
        var offset = zone.GetUtcOffset(day);
        for (; day < toUtc; day = day.AddDays(1))
        {
            var next = zone.GetUtcOffset(day.AddDays(1));
            if (next == offset)
            {
                continue;
            }

            var (low, high) = (day, day.AddDays(1));
            while (high - low > TimeSpan.FromMinutes(1))
            {
                var middle = low + ((high - low) / 2);
                (low, high) = zone.GetUtcOffset(middle) == offset ? (middle, high) : (low, middle);
            }

            var at = new DateTime(high.Ticks - (high.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);
            yield return (zone.GetUtcOffset(at) == offset ? at.AddMinutes(1) : at, offset, next);
            offset = next;
        }
    }

    public static string Utc(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    /// <summary>TEXT escaping of RFC 5545 section 3.3.11.</summary>
    public static string Text(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);

    private static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 4 : Encoding.UTF8.GetByteCount(line.AsSpan(i, 1));
            if (octets + width > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = 74;
            }

            output.Append(line[i]);
            if (width == 4)
            {
                output.Append(line[++i]);
            }

            octets += width;
        }

        output.Append("\r\n");
    }
}
