using Microsoft.Extensions.Localization;

namespace Psqm.Modules.Enquiries.Services;

/// <summary>The rounds a school can still join: autumn rounds start in September, spring rounds in April.</summary>
public static class Rounds
{
    public static IReadOnlyList<string> Open(DateOnly today)
    {
        var rounds = new List<string>();
        for (var year = today.Year; rounds.Count < 4; year++)
        {
            if (new DateOnly(year, 4, 30) >= today)
            {
                rounds.Add($"spring-{year}");
            }

            if (new DateOnly(year, 9, 30) >= today && rounds.Count < 4)
            {
                rounds.Add($"autumn-{year}");
            }
        }

        return rounds;
    }

    public static string Name(string round, IStringLocalizer s)
    {
        var parts = round.Split('-');
        return parts.Length == 2 && parts[0] is "autumn" or "spring"
            ? s[parts[0] == "autumn" ? "Autumn {0} (starts in September)" : "Spring {0} (starts in April)", parts[1]].Value
            : round;
    }
}
