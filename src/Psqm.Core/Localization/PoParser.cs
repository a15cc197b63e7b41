using System.Text;

namespace Psqm.Core.Localization;

/// <summary>Reads gettext PO files: msgctxt, msgid, msgid_plural, msgstr and msgstr[n], with C escapes and continued lines.</summary>
public static class PoParser
{
    public static IEnumerable<PoEntry> Parse(TextReader reader)
    {
        string? context = null, id = null;
        var forms = new SortedDictionary<int, string>();
        string? field = null;
        var value = new StringBuilder();

        void Commit()
        {
            if (field is null)
            {
                return;
            }

            var text = value.ToString();
            switch (field)
            {
                case "msgctxt": context = text; break;
                case "msgid": id = text; break;
                case "msgid_plural": break;
                case "msgstr": forms[0] = text; break;
                default:
                    if (field.StartsWith("msgstr[", StringComparison.Ordinal) && int.TryParse(field.AsSpan(7, field.Length - 8), out var index))
                    {
                        forms[index] = text;
                    }

                    break;
            }

            field = null;
            value.Clear();
        }

        PoEntry? Flush()
        {
            Commit();
            PoEntry? entry = null;
            if (!string.IsNullOrEmpty(id) && forms.Count > 0 && forms.Values.Any(f => f.Length > 0))
            {
                entry = new PoEntry(id, context, forms.Values.ToArray());
            }

            context = null;
            id = null;
            forms.Clear();
            return entry;
        }

        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (Flush() is { } entry)
                {
                    yield return entry;
                }

                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            if (line[0] == '"')
            {
                value.Append(Unquote(line));
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                continue;
            }

            var keyword = line[..space];
            if (keyword is "msgctxt" && (id is not null || forms.Count > 0) && Flush() is { } previous)
            {
                yield return previous;
            }
            else if (keyword is "msgid" && forms.Count > 0 && Flush() is { } earlier)
            {
                yield return earlier;
            }

            Commit();
            field = keyword;
            value.Append(Unquote(line[(space + 1)..].Trim()));
        }

        if (Flush() is { } last)
        {
            yield return last;
        }
    }

    private static string Unquote(string quoted)
    {
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"')
        {
            return "";
        }

        var result = new StringBuilder(quoted.Length);
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var c = quoted[i];
            if (c == '\\' && i + 1 < quoted.Length - 1)
            {
                c = quoted[++i] switch
                {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    var other => other,
                };
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
