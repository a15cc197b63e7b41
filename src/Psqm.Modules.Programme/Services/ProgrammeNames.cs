using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;
using Psqm.Programme;

namespace Psqm.Modules.Programme.Services;

/// <summary>Names of the programme's things as pages show them, in the page's language.</summary>
public static class ProgrammeNames
{
    /// <summary>"Round 16 - Spring 2018-2019": a spring round belongs to the school year it ends.</summary>
    public static string RoundName(this IHtmlLocalizer T, Round round) => Marked(round.Key.Name((text, values) => T.GetString(text, values).Value, round.Number), round);

    /// <summary>A round not made yet, numbered as the programme counts.</summary>
    public static string RoundName(this IHtmlLocalizer T, RoundKey round) => round.Name((text, values) => T.GetString(text, values).Value);

    public static string RoundName(this IStringLocalizer s, Round round) => Marked(round.Key.Name((text, values) => s[text, values].Value, round.Number), round);

    // Rounds are numbered per quality mark: a round of another mark than the Primary Science one says which, "(BSQM)".
    private static string Marked(string name, Round round) =>
        round.FrameworkKey == "psqm" ? name : $"{name} ({round.FrameworkKey.ToUpperInvariant()})";

    public static string RatingName(this IHtmlLocalizer T, Rating rating) => rating switch
    {
        Rating.Embedded => T["Embedded"].Value,
        Rating.Developing => T["Developing"].Value,
        _ => T["Not yet"].Value,
    };

    public static string StatusName(this IHtmlLocalizer T, ActionStatus status) => status switch
    {
        ActionStatus.Done => T["Done"].Value,
        ActionStatus.InProgress => T["In progress"].Value,
        _ => T["Not started"].Value,
    };

    /// <summary>When something was saved, in the tenant's time zone: "3 March 2027, 16:05".</summary>
    public static string Moment(DateTime utc) =>
        utc.InZone(TenantScope.Required.TimeZone).ToString("d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.CurrentCulture);

    public static string MilestoneName(this IHtmlLocalizer T, string key) =>
        Seasons.MilestoneNames.TryGetValue(key, out var name) ? T[name].Value : key;

    public static string MilestoneName(this IStringLocalizer s, string key) =>
        Seasons.MilestoneNames.TryGetValue(key, out var name) ? s[name].Value : key;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture);
}
