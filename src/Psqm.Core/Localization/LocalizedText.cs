using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Psqm.Core.Localization;

/// <summary>
/// Text written in each of a tenant's languages, keyed by two-letter language name (en, cy, es...). Read in a
/// language it falls back to English, then to whatever language it has, so a missing translation shows something.
/// </summary>
[JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    public static readonly LocalizedText Empty = new(new Dictionary<string, string>());

    private readonly IReadOnlyDictionary<string, string> _values;

    public LocalizedText(IDictionary<string, string> values) =>
        _values = new ReadOnlyDictionary<string, string>(values
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value, StringComparer.Ordinal));

    public IReadOnlyDictionary<string, string> Values => _values;

    public bool IsEmpty => _values.Count == 0;

    /// <summary>English and, where given, Welsh: the two languages the recipes write.</summary>
    public static LocalizedText Of(string en, string? cy = null) =>
        new(new Dictionary<string, string> { ["en"] = en, ["cy"] = cy ?? "" });

    public string In(string language) =>
        _values.TryGetValue(language, out var text) || _values.TryGetValue("en", out text) ? text
        : _values.Values.FirstOrDefault() ?? "";

    public string In(CultureInfo culture) => In(culture.TwoLetterISOLanguageName);

    /// <summary>In the current UI culture.</summary>
    public override string ToString() => In(CultureInfo.CurrentUICulture);

    public string ToJson() => JsonSerializer.Serialize(_values);

    public static LocalizedText FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? Empty : new(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []);

    public bool Equals(LocalizedText? other) =>
        other is not null && other._values.Count == _values.Count && _values.All(p => other._values.TryGetValue(p.Key, out var v) && v == p.Value);

    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    public override int GetHashCode() => _values.OrderBy(p => p.Key, StringComparer.Ordinal).Aggregate(0, (h, p) => HashCode.Combine(h, p.Key, p.Value));
}

/// <summary>Reads <c>{"en": "...", "cy": "..."}</c>, or a plain string as English.</summary>
public sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? LocalizedText.Of(reader.GetString() ?? "")
            : new LocalizedText(JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options) ?? []);

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.Values, options);
}
