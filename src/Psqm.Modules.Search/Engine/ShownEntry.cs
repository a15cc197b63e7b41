using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// What a hit or a suggestion shows of an entry, kept in the index as one binary doc value: read straight from the
/// mapped file, where stored fields would decompress a block of neighbouring entries for each hit, and written
/// without compressing anything while indexing. The text comes last, so a suggestion stops before it.
/// </summary>
internal sealed record ShownEntry(string Culture, string Type, string Title, string Page, string Route, string? Fragment, DateTime? Date, bool MembersOnly, string[] Topics, string[] KeyStages)
{
    public const string Field = "shown";

    /// <summary>Lucene's limit for one binary doc value.</summary>
    private const int MaxBytes = 32_766;

    // An entry's bytes are copied by the writer as it is added, before this thread writes the next.
    [ThreadStatic]
    private static MemoryStream? _buffer;

    public string Text { get; init; } = "";

    /// <summary>The entry's shown details as bytes, for the writer to copy before this thread makes the next.</summary>
    public static BytesRef Write(SearchDocument d, string text)
    {
        var buffer = _buffer ??= new MemoryStream();
        while (true)
        {
            buffer.SetLength(0);
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(d.Culture);
                writer.Write(d.Type);
                writer.Write(d.Title);
                writer.Write(d.Page);
                writer.Write(d.Route);
                writer.Write(d.Fragment is not null);
                writer.Write(d.Fragment ?? "");
                writer.Write(d.Date is { } date ? date.ToBinary() : 0L);
                writer.Write(d.Date is not null);
                writer.Write(d.MembersOnly);
                Strings(writer, d.Topics);
                Strings(writer, d.KeyStages);
                writer.Write(text);
            }

            // A text in a script of three bytes a letter could pass the limit: it is shortened, as it is to show only.
            if (buffer.Length <= MaxBytes || text.Length == 0)
            {
                return new BytesRef(buffer.GetBuffer(), 0, (int)buffer.Length);
            }

            text = text[..(text.Length / 2)];
        }
    }

    /// <summary>The shown details of a document of the index; its text only when asked for.</summary>
    public static ShownEntry Read(IndexReader index, int doc, bool withText)
    {
        var leaves = index.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var bytes = new BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(Field).Get(doc - leaf.DocBase, bytes);
        using var reader = new BinaryReader(new MemoryStream(bytes.Bytes, bytes.Offset, bytes.Length, writable: false), Encoding.UTF8);
        var (culture, type, title, page, route) = (reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString());
        var hasFragment = reader.ReadBoolean();
        var fragment = reader.ReadString();
        var date = reader.ReadInt64();
        var hasDate = reader.ReadBoolean();
        return new ShownEntry(
            culture, type, title, page, route, hasFragment ? fragment : null, hasDate ? DateTime.FromBinary(date) : null, reader.ReadBoolean(), Strings(reader), Strings(reader))
        {
            Text = withText ? reader.ReadString() : "",
        };
    }

    private static void Strings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static string[] Strings(BinaryReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }
}
