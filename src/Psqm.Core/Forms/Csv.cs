using System.Text;

namespace Psqm.Core.Forms;

/// <summary>RFC 4180 rows, with cells that a spreadsheet would run as a formula made inert.</summary>
public static class Csv
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The rows as UTF-8 with a byte-order mark, so spreadsheet programs read Welsh letters correctly.</summary>
    public static byte[] Bytes(StringBuilder rows) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(rows.ToString())];

    public static void Row(StringBuilder output, params string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                output.Append(',');
            }

            var cell = cells[i];
            if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                cell = "'" + cell;
            }

            output.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        output.Append("\r\n");
    }
}
