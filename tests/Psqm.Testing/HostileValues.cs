using System.Globalization;
using System.Text;

namespace Psqm.Testing;

/// <summary>
/// Values a careless or hostile client sends: overlong text, numbers past every type's range, control characters,
/// broken UTF-16 and URL encodings, script, SQL, search and path syntax. Each family comes in several lengths and
/// wrappings, 500 values and more in all.
/// </summary>
public static class HostileValues
{
    private static readonly string[] Seeds =
    [
        "", " ", "\t", "\r\n", "\0", "\u0001\u0002\u0003", "\u001b[31m", "\u007f", "\u0085", "\u2028\u2029", "\ufeff", "\uffff", "\ud800", "\udc00", "a\ud800b",
        "%", "%%", "%00", "%0d%0a", "%ZZ", "%E2%82", "%C0%AF", "+", "&", "=", "&&==", "?", "#", ";", "\\", "\"", "'", "`", "''", "\"\"",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "<svg/onload=alert(1)>", "{{7*7}}", "${7*7}", "@(1+1)", "<!--", "]]>", "<![CDATA[x]]>",
        "' OR '1'='1", "'; DROP TABLE Users; --", "1; SELECT * FROM sqlite_master", "\" OR \"\"=\"", "1' UNION SELECT NULL--", "%' AND 1=1 --",
        "\"unbalanced", "a OR", "NOT", "-", "*", "**", "a*b*", "NEAR(a b)", "title:x", "(((", ")))", "^", "~",
        "../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd%00", "....//....//", "file:///etc/passwd", "\\\\server\\share", "CON", "aux.txt",
        "0", "-0", "-1", "1e309", "-1e309", "NaN", "Infinity", "2147483648", "-2147483649", "9223372036854775808", "99999999999999999999", "0x7fffffff", "1.5", "1,5", "١٢٣",
        "true", "false", "null", "undefined", "[]", "{}", "{\"a\":1}", "0001-01-01", "9999-12-31T23:59:59", "2026-02-30", "25:61", "T",
        "é", "Ŵŷ", "ŵ", "dd", "ll", "ffl", "İ", "ß", "🙂", "👩🏽‍🔬", "\u0301", "a\u200bb", "\u202eevil", "Ⅻ", "ｆｕｌｌ",
    ];

    private static readonly Func<string, string>[] Shapes =
    [
        v => v,
        v => "  " + v + "  ",
        v => "ab" + v + "cd",
        v => string.Concat(Enumerable.Repeat(v.Length == 0 ? "x" : v, 60)),
        v => v + "\n" + v + "\r\n",
    ];

    /// <summary>Every value, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } = Build();

    /// <summary>
    /// Every value on SQLite; on PostgreSQL, the run's second pass, each seed once as it is, and the overlong ones: what
    /// the engine sees differently (NUL, broken UTF-16, lengths past a column's), at about a fifth of the cost.
    /// </summary>
    public static IReadOnlyList<string> ForThisRun => PsqmFactory.PostgreSqlServer is null ? All : Sample;

    private static IReadOnlyList<string> Sample { get; } =
        [.. All.Where(v => Seeds.Contains(v, StringComparer.Ordinal) || v.Length > 256)];

    private static List<string> Build()
    {
        var values = new List<string>();
        foreach (var shape in Shapes)
        {
            values.AddRange(Seeds.Select(shape));
        }

        // Overlong: past every field's limit, the request line's, and a form's.
        foreach (var length in new[] { 257, 1001, 2001, 5001, 20_001, 100_001 })
        {
            values.Add(new string('a', length));
            values.Add(string.Concat(Enumerable.Repeat("ŵ ", length / 2)));
        }

        values.Add(new StringBuilder().Insert(0, "<a>", 5000).ToString());
        values.Add(string.Join(' ', Enumerable.Range(0, 300).Select(i => i.ToString(CultureInfo.InvariantCulture))));
        return values.Distinct(StringComparer.Ordinal).ToList();
    }
}
