using System.Globalization;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Programme;

namespace Psqm.Modules.Enquiries.Services;

/// <summary>
/// What a school can register an interest in: the award levels (the criteria frameworks' levels, kept as a taxonomy
/// by the content module) and renewing an award, in full or online only, named in the current language.
/// </summary>
public sealed class MarkChoices(PublishedContent published, IStringLocalizer<MarkChoices> s)
{
    /// <summary>The Basic Skills Quality Mark is offered only where the tenant's settings say so.</summary>
    public const string BasicSkills = "bsqm";

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> ListAsync(bool basicSkills, CancellationToken cancellationToken = default)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var levels = (await published.TermsAsync(cancellationToken)).GetValueOrDefault(Taxonomies.AwardLevels) ?? [];
        return levels.Where(l => basicSkills || l.Key != BasicSkills).Select(l => new KeyValuePair<string, string>(l.Key, l.Name.In(language)))
            .Append(new(Renewals.Full, s["Renewing an award (reaccreditation)"].Value))
            .Append(new(Renewals.OnlineOnly, s["Renewing an award online only, building on your last submission"].Value))
            .ToList();
    }

    /// <summary>A stored choice's name; a level since removed shows its key.</summary>
    public async Task<string> NameAsync(string key, CancellationToken cancellationToken = default) =>
        (await ListAsync(basicSkills: true, cancellationToken)).FirstOrDefault(m => m.Key == key).Value ?? key;
}
