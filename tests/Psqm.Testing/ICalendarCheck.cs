using System.Text;
using System.Text.RegularExpressions;

namespace Psqm.Testing;

/// <summary>
/// Checks an iCalendar text against the rules of RFC 5545 that calendar programs trip on: CRLF lines of at most
/// 75 octets, balanced components, the required properties, and every TZID defined by a VTIMEZONE.
/// Returns the unfolded content lines.
/// </summary>
public static partial class ICalendarCheck
{
    public static IReadOnlyList<string> Validate(string text)
    {
        Assert(text.EndsWith("\r\n", StringComparison.Ordinal), "the text must end with CRLF");
        Assert(!Regex.IsMatch(text, "(?<!\r)\n"), "every line must end with CRLF");
        var physical = text[..^2].Split("\r\n");
        foreach (var line in physical)
        {
            Assert(Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}");
        }

        var lines = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' ') || line.StartsWith('\t'))
            {
                lines[^1] += line[1..];
            }
            else
            {
                lines.Add(line);
            }
        }

        Assert(lines[0] == "BEGIN:VCALENDAR" && lines[^1] == "END:VCALENDAR", "must be one VCALENDAR");
        var stack = new Stack<string>();
        var properties = new List<HashSet<string>>();
        var zones = new HashSet<string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var match = ContentLine().Match(line);
            Assert(match.Success, $"not a content line: {line}");
            var name = match.Groups["name"].Value;
            var value = match.Groups["value"].Value;
            if (name == "BEGIN")
            {
                stack.Push(value);
                properties.Add([]);
                continue;
            }

            if (name == "END")
            {
                Assert(stack.Count > 0 && stack.Pop() == value, $"END:{value} does not close the open component");
                var held = properties[^1];
                properties.RemoveAt(properties.Count - 1);
                string[] required = value switch
                {
                    "VCALENDAR" => ["PRODID", "VERSION"],
                    "VEVENT" => ["UID", "DTSTAMP", "DTSTART"],
                    "VTIMEZONE" => ["TZID"],
                    "STANDARD" or "DAYLIGHT" => ["DTSTART", "TZOFFSETFROM", "TZOFFSETTO"],
                    _ => [],
                };
                foreach (var property in required)
                {
                    Assert(held.Contains(property), $"{value} lacks {property}");
                }

                continue;
            }

            properties[^1].Add(name);
            if (name == "TZID" && stack.Peek() == "VTIMEZONE")
            {
                zones.Add(value);
            }

            if (Regex.Match(match.Groups["params"].Value, ";TZID=([^;:]+)") is { Success: true } tzid)
            {
                used.Add(tzid.Groups[1].Value);
            }

            if (name is "DTSTART" or "DTEND" or "DTSTAMP")
            {
                // A DATE only with VALUE=DATE (an all-day event), otherwise a DATE-TIME.
                var date = match.Groups["params"].Value.Contains(";VALUE=DATE", StringComparison.Ordinal) && !match.Groups["params"].Value.Contains("DATE-TIME", StringComparison.Ordinal);
                Assert(Regex.IsMatch(value, date ? @"^\d{8}$" : @"^\d{8}T\d{6}Z?$"), $"{name} is not a {(date ? "DATE" : "DATE-TIME")}: {value}");
            }
        }

        Assert(stack.Count == 0, "a component is not closed");
        foreach (var zone in used)
        {
            Assert(zones.Contains(zone), $"TZID {zone} is used but has no VTIMEZONE");
        }

        return lines;
    }

    private static void Assert(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidDataException("Not valid iCalendar: " + message);
        }
    }

    [GeneratedRegex(@"^(?<name>[A-Z0-9-]+)(?<params>(;[A-Z0-9-]+=(""[^""]*""|[^;:,""]*)(,(""[^""]*""|[^;:,""]*))*)*):(?<value>.*)$")]
    private static partial Regex ContentLine();
}
