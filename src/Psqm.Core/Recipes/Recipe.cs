using System.Text.Json;

namespace Psqm.Core.Recipes;

/// <summary>A tenant recipe: named steps that set a tenant up. Running one again must change nothing.</summary>
public sealed class Recipe
{
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Description { get; set; } = "";

    public List<JsonElement> Steps { get; set; } = [];
}

/// <summary>The host recipe: which tenants exist on first run.</summary>
public sealed class HostRecipe
{
    public List<HostRecipeTenant> Tenants { get; set; } = [];
}

public sealed class HostRecipeTenant
{
    public string Name { get; set; } = "";

    public string UrlPrefix { get; set; } = "";

    public string Host { get; set; } = "";

    public string Recipe { get; set; } = "";
}
