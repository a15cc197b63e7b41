using System.Text.RegularExpressions;

namespace Psqm.Modules.Enquiries.Services;

/// <summary>Finds the hub for a school's address from the routing table: by UK postcode area, or by a place named in the address.</summary>
public static partial class EnquiryRouting
{
    /// <summary>"ST4 2DE" is in area "ST"; null when the text holds no UK postcode.</summary>
    public static string? PostcodeArea(string address) =>
        Postcode().Match(address.ToUpperInvariant()) is { Success: true } match ? match.Groups["area"].Value : null;

    public static string? HubFor(string address, IReadOnlyDictionary<string, string> areas)
    {
        if (PostcodeArea(address) is { } area && areas.TryGetValue(area, out var hub))
        {
            return hub;
        }

        // Abroad: a place in the table ("Dubai") named anywhere in the address.
        var words = Words().Matches(address.ToUpperInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        return areas.Where(a => a.Key.Length > 2 && words.Contains(a.Key)).Select(a => a.Value).FirstOrDefault();
    }

    [GeneratedRegex(@"\b(?<area>[A-Z]{1,2})[0-9][0-9A-Z]?\s*[0-9][A-Z]{2}\b")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex Words();
}
