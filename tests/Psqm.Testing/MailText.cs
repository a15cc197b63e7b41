using System.Text;

namespace Psqm.Testing;

/// <summary>Reads the .eml files of the pickup folder as a mail program would: bodies decoded, attachments by type.</summary>
public static class MailText
{
    /// <summary>The message with quoted-printable text decoded (links in bodies are folded by it).</summary>
    public static string Decode(string mail)
    {
        var unfolded = mail.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < unfolded.Length; i++)
        {
            if (unfolded[i] == '=' && i + 2 < unfolded.Length && Uri.IsHexDigit(unfolded[i + 1]) && Uri.IsHexDigit(unfolded[i + 2]))
            {
                bytes.Add(Convert.ToByte(unfolded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(unfolded[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>The decoded subject.</summary>
    public static string Subject(string mail) => Parse(mail).Subject ?? "";

    /// <summary>The first attachment of the content type, decoded, or null.</summary>
    public static string? Attachment(string mail, string contentType)
    {
        var part = Parse(mail).Attachments.OfType<MimeKit.MimePart>().FirstOrDefault(a => a.ContentType.MimeType.Equals(contentType, StringComparison.OrdinalIgnoreCase));
        if (part is null)
        {
            return null;
        }

        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return Encoding.UTF8.GetString(content.ToArray());
    }

    /// <summary>The message as a mail program reads it.</summary>
    public static MimeKit.MimeMessage Parse(string mail) => MimeKit.MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(mail)));
}
