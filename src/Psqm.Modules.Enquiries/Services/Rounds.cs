using Microsoft.Extensions.Localization;
using Psqm.Programme;

namespace Psqm.Modules.Enquiries.Services;

/// <summary>Rounds as a registration names them (<c>autumn-2026</c>), in words for the page.</summary>
public static class Rounds
{
    public static IReadOnlyList<string> Open(DateOnly today) => RoundKey.Open(today).Select(r => r.ToString()).ToList();

    public static string Name(string round, IStringLocalizer s) =>
        RoundKey.TryParse(round, out var key)
            ? s[key.Season == Seasons.Autumn ? "Autumn {0} (starts in September)" : "Spring {0} (starts in April)", key.StartYear].Value
            : round;
}
