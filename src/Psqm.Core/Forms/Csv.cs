using System.Text;

namespace Psqm.Core.Forms;

/// <summary>RFC 4180 rows, with cells that a spreadsheet would run as a formula made inert.</summary>
public static class Csv
{
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
