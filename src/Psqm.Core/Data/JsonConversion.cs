using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Psqm.Core.Localization;

namespace Psqm.Core.Data;

public static class JsonConversion
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Stores a property as JSON text (works on every provider), compared by its JSON so edits inside it are saved.</summary>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
        where T : class, new() =>
        property.HasConversion(
            value => JsonSerializer.Serialize(value, Json),
            json => JsonSerializer.Deserialize<T>(json, Json) ?? new T(),
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                value => JsonSerializer.Serialize(value, Json).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Json), Json)!));

    /// <summary>Stores text in each language as one JSON column, so a tenant can add a language without a migration.</summary>
    public static PropertyBuilder<LocalizedText> HasLocalizedText(this PropertyBuilder<LocalizedText> property) =>
        property.HasConversion(value => value.ToJson(), json => LocalizedText.FromJson(json)).IsRequired();
}
