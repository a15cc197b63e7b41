using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Psqm.Core.Modules;

namespace Psqm.Core.Routing;

/// <summary>Tags every Razor Page with the module whose assembly compiled it.</summary>
public sealed class ModuleMetadataConvention(ModuleCatalog catalog) : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        if (catalog.ForAssembly(model.PageType.Assembly) is { } manifest)
        {
            model.EndpointMetadata.Add(new ModuleMetadata(manifest.Name));
        }
    }
}
