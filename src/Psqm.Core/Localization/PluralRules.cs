namespace Psqm.Core.Localization;

/// <summary>
/// Which plural form (msgstr index) a count takes, per language, in the order the PO files give them.
/// Welsh has six forms (zero, one, two, few, many, other), which is why strings live in PO files, not resx.
/// </summary>
public static class PluralRules
{
    public static int FormCount(string language) => language switch
    {
        "cy" => 6,
        "ja" or "zh" => 1,
        _ => 2,
    };

    public static int Form(string language, long count) => language switch
    {
        "cy" => count switch
        {
            0 => 0,
            1 => 1,
            2 => 2,
            3 => 3,
            6 => 4,
            _ => 5,
        },
        "fr" => count is 0 or 1 ? 0 : 1,
        "ja" or "zh" => 0,
        _ => count == 1 ? 0 : 1,
    };
}
