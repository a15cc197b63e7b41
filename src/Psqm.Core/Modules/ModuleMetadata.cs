using Microsoft.AspNetCore.Builder;

namespace Psqm.Core.Modules;

/// <summary>Endpoint metadata naming the module that serves the endpoint, so a tenant without it answers 404.</summary>
public sealed record ModuleMetadata(string Module);

public static class ModuleEndpointExtensions
{
    public static TBuilder ForModule<TBuilder>(this TBuilder builder, ModuleManifest manifest)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ModuleMetadata(manifest.Name));
}
