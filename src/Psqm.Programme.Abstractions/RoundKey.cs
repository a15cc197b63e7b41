using System.Globalization;

namespace Psqm.Programme;

/// <summary>
/// A round as registrations and awards name it, <c>autumn-2026</c>: its season and the year it starts in. Round
/// numbers follow from it, two a year, as the programme has counted them since Round 16 (spring 2019).
/// </summary>
public readonly record struct RoundKey(string Season, int StartYear)
{
    /// <summary>The round the programme calls 16 started in the spring of 2019; every year since has had two.</summary>
    public int Number => 16 + (2 * (StartYear - 2019)) + (Season == Seasons.Autumn ? 1 : 0);

    public DateOnly Starts => new(StartYear, Seasons.StartMonth(Season), 1);

    /// <summary>
    /// "Round 16 - Spring 2018-2019" through the caller's localizer (the wording is translated once, in the programme's
    /// catalogue): a spring round belongs to the school year it starts in. A round made with another number passes it.
    /// </summary>
    public string Name(Func<string, object[], string> translate, int? number = null) => Season == Seasons.Autumn
        ? translate("Round {0} - Autumn {1}-{2}", [number ?? Number, StartYear, StartYear + 1])
        : translate("Round {0} - Spring {1}-{2}", [number ?? Number, StartYear - 1, StartYear]);

    public override string ToString() => $"{Season}-{StartYear.ToString(CultureInfo.InvariantCulture)}";

    public static bool TryParse(string? text, out RoundKey key)
    {
        key = default;
        var parts = text?.Trim().Split('-');
        if (parts is not [var season, var year] || !Seasons.IsSeason(season)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var start) || start is < 2000 or > 2100)
        {
            return false;
        }

        key = new RoundKey(season, start);
        return true;
    }

    /// <summary>The next four rounds a school can still join: until the end of a round's first month.</summary>
    public static IReadOnlyList<RoundKey> Open(DateOnly today)
    {
        var rounds = new List<RoundKey>();
        for (var year = today.Year; rounds.Count < 4; year++)
        {
            foreach (var season in new[] { Seasons.Spring, Seasons.Autumn })
            {
                var key = new RoundKey(season, year);
                if (key.Starts.AddMonths(1).AddDays(-1) >= today && rounds.Count < 4)
                {
                    rounds.Add(key);
                }
            }
        }

        return rounds;
    }
}
