using Psqm.Core.Localization;

namespace Psqm.Core.Tests.Localization;

public sealed class PoParserTests
{
    [Fact]
    public void Parse_EntriesWithContextPluralsEscapesAndContinuedLines_ReadsThemAll()
    {
        const string po = """
            # a translator's comment
            msgid ""
            msgstr ""
            "Language: cy\n"

            msgid "Sign in"
            msgstr "Mewngofnodi"

            msgctxt "Psqm.Some.Page"
            msgid "Name"
            msgstr "Enw'r ysgol"

            msgid "Say \"hello\"\n"
            msgstr ""
            "Dywedwch "
            "\"helo\"\n"

            msgid "{0} school"
            msgid_plural "{0} schools"
            msgstr[0] "{0} ysgolion"
            msgstr[1] "{0} ysgol"
            msgstr[2] "{0} ysgol"
            msgstr[3] "{0} ysgol"
            msgstr[4] "{0} ysgol"
            msgstr[5] "{0} ysgol"

            msgid "Untranslated"
            msgstr ""
            """;

        var entries = PoParser.Parse(new StringReader(po)).ToDictionary(e => PoEntry.Key(e.Context, e.Id));

        Assert.Equal(4, entries.Count);
        Assert.Equal("Mewngofnodi", entries["Sign in"].Forms[0]);
        Assert.Equal("Enw'r ysgol", entries[PoEntry.Key("Psqm.Some.Page", "Name")].Forms[0]);
        Assert.Equal("Dywedwch \"helo\"\n", entries["Say \"hello\"\n"].Forms[0]);
        Assert.Equal(6, entries["{0} school"].Forms.Count);
        Assert.False(entries.ContainsKey("Untranslated"));
    }
}
