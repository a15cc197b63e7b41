using Microsoft.AspNetCore.Mvc.Localization;
using Psqm.Modules.Programme.Data;
using Psqm.Programme;

namespace Psqm.Modules.Programme.Services;

/// <summary>Names of the programme's things as pages show them, in the page's language.</summary>
public static class ProgrammeNames
{
    /// <summary>"Round 16 - Spring 2018-2019": a spring round belongs to the school year it ends.</summary>
    public static string RoundName(this IHtmlLocalizer T, Round round) => round.Season == Seasons.Autumn
        ? T.GetString("Round {0} - Autumn {1}-{2}", round.Number, round.StartYear, round.StartYear + 1).Value
        : T.GetString("Round {0} - Spring {1}-{2}", round.Number, round.StartYear - 1, round.StartYear).Value;

    public static string RatingName(this IHtmlLocalizer T, Rating rating) => rating switch
    {
        Rating.Embedded => T["Embedded"].Value,
        Rating.Developing => T["Developing"].Value,
        _ => T["Not yet"].Value,
    };

    public static string MilestoneName(this IHtmlLocalizer T, string key) =>
        Seasons.MilestoneNames.TryGetValue(key, out var name) ? T[name].Value : key;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture);
}
