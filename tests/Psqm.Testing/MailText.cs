using System.Text;
using System.Text.RegularExpressions;

namespace Psqm.Testing;

/// <summary>Reads the .eml files of the pickup folder as a mail program would: bodies decoded, attachments by type.</summary>
public static partial class MailText
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

    /// <summary>The decoded subject (RFC 2047 encoded words).</summary>
    public static string Subject(string mail)
    {
        var header = Regex.Match(mail, @"^Subject: (.*(?:\r?\n[ \t].*)*)", RegexOptions.Multiline).Groups[1].Value;
        return string.Concat(EncodedWord().Matches(header).Select(m => m.Groups[1].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[2].Value))
            : Decode(m.Groups[2].Value.Replace('_', ' ')))) is { Length: > 0 } decoded ? decoded : header.Trim();
    }

    /// <summary>The first attachment of the content type, decoded from base64, or null.</summary>
    public static string? Attachment(string mail, string contentType)
    {
        var start = mail.IndexOf("Content-Type: " + contentType, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }

        var body = mail.IndexOf("\r\n\r\n", start, StringComparison.Ordinal) + 4;
        var end = mail.IndexOf("\r\n--", body, StringComparison.Ordinal);
        return Encoding.UTF8.GetString(Convert.FromBase64String(mail[body..end].Replace("\r\n", "", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"=\?utf-8\?([BQ])\?([^?]*)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();
}
