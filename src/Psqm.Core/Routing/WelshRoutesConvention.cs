using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Psqm.Core.Modules;

namespace Psqm.Core.Routing;

/// <summary>
/// Gives each page listed in a module manifest a second, Welsh, route (named <c>{page}#cy</c>) beside its English
/// one. The English route stays first so framework-generated links never change language by accident.
/// </summary>
public sealed class WelshRoutesConvention(ModuleCatalog catalog) : IPageRouteModelConvention
{
    public const string WelshSuffix = "#cy";

    private readonly Dictionary<string, string> _routes = catalog.Manifests
        .SelectMany(m => m.WelshRoutes)
        .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    public void Apply(PageRouteModel model)
    {
        if (!_routes.TryGetValue(model.ViewEnginePath, out var template))
        {
            return;
        }

        model.Selectors.Add(new SelectorModel
        {
            AttributeRouteModel = new AttributeRouteModel
            {
                Template = template,
                Name = model.ViewEnginePath + WelshSuffix,
                Order = 1,
            },
        });
    }
}
