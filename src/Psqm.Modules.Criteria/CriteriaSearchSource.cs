using System.Runtime.CompilerServices;
using Psqm.Core.Search;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Criteria;

/// <summary>Each criterion in each of the tenant's languages, leading to its place on the criteria page.</summary>
public sealed class CriteriaSearchSource(FrameworkReader frameworks) : ISearchSource
{
    public string ModuleName => Manifest.Value.Name;

    public async IAsyncEnumerable<SearchDocument> DocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var languages = TenantScope.Required.Cultures.Select(c => c.TwoLetterISOLanguageName).ToList();
        foreach (var view in await frameworks.AllAsync(cancellationToken))
        {
            var framework = view.Framework;
            foreach (var criterion in view.Criteria)
            {
                var level = framework.Levels.FirstOrDefault(l => l.Key == criterion.LevelKey);
                var aim = framework.Aims.FirstOrDefault(a => a.Key == criterion.AimKey);
                foreach (var language in languages)
                {
                    var text = string.Join('\n', criterion.Guidance.In(language), $"{level?.Name.In(language)} {criterion.Number}", aim?.Name.In(language), framework.Name.In(language));
                    yield return new SearchDocument("criteria", $"{criterion.Id}-{language}", "Criterion", language, criterion.Text.In(language), text)
                    {
                        Page = "/Criteria/Index",
                        Route = "framework=" + framework.Key,
                        Fragment = $"criterion-{criterion.LevelKey}-{criterion.Number}",
                    };
                }
            }
        }
    }
}
