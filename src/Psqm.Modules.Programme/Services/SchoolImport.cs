using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Forms;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>One row of an import as it would be applied: a new school, a change to a known one, or refused with why.</summary>
public sealed record ImportRow(int Line, School Values, string ContactName, string ContactEmail, int? ExistingId, IReadOnlyList<string> Errors)
{
    public bool Valid => Errors.Count == 0;
}

public sealed record ImportPreview(IReadOnlyList<ImportRow> Rows, string? FileError)
{
    public int New => Rows.Count(r => r.Valid && r.ExistingId is null);

    public int Merged => Rows.Count(r => r.Valid && r.ExistingId is not null);
}

/// <summary>
/// Schools from a spreadsheet saved as CSV: read by the header's names (any order, unknown columns ignored), every row
/// checked and shown before anything is saved, and a school already known by its identifier merged, never doubled.
/// </summary>
public sealed class SchoolImport(ProgrammeDbContext db, IStringLocalizer<SchoolImport> s)
{
    /// <summary>The columns, as the header names them; the first two are required.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["identifier", "name", "address", "town", "postcode", "phase", "pupils", "free_school_meals_percent", "small_school", "hub", "contact_name", "contact_email"];

    public const int MaxBytes = 1024 * 1024;

    public const int MaxRows = 5000;

    public async Task<ImportPreview> PreviewAsync(string text, IReadOnlyDictionary<string, string> hubs, CancellationToken cancellationToken)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return new([], s["The file is not a CSV file. Save the spreadsheet as CSV (comma separated) and try again."]);
        }

        var rows = new List<(int Line, Dictionary<string, string> Cells)>();
        try
        {
            using var reader = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant().Replace(' ', '_'), MissingFieldFound = null, BadDataFound = null, DetectDelimiter = true,
            });
            if (!await reader.ReadAsync() || !reader.ReadHeader())
            {
                return new([], s["The file is empty."]);
            }

            var header = reader.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant().Replace(' ', '_')).ToList();
            if (!header.Contains("identifier") || !header.Contains("name"))
            {
                return new([], s["The first row must name the columns, including identifier and name."]);
            }

            while (await reader.ReadAsync())
            {
                if (rows.Count == MaxRows)
                {
                    return new([], s["A file can have up to {0} schools. Split it and import each part.", MaxRows]);
                }

                rows.Add((reader.Parser.RawRow, header.Select((h, i) => (h, Value: reader.GetField(i) ?? "")).GroupBy(x => x.h).ToDictionary(g => g.Key, g => g.First().Value.Trim())));
            }
        }
        catch (CsvHelperException)
        {
            return new([], s["The file could not be read as CSV. Save the spreadsheet as CSV (comma separated) and try again."]);
        }

        var identifiers = rows.Select(r => r.Cells.GetValueOrDefault("identifier", "")).Where(i => i.Length > 0).Distinct().ToList();
        var known = await db.Schools.AsNoTracking().Where(x => identifiers.Contains(x.Identifier)).Select(x => new { x.Id, x.Identifier }).ToListAsync(cancellationToken);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return new(rows.Select(r => Check(r.Line, r.Cells, hubs, known.FirstOrDefault(k => k.Identifier == r.Cells.GetValueOrDefault("identifier"))?.Id, seen)).ToList(), null);
    }

    /// <summary>Saves the valid rows of a preview: new schools added, known ones given the values the file has.</summary>
    public async Task<(int Added, int Merged)> ApplyAsync(ImportPreview preview, CancellationToken cancellationToken)
    {
        var valid = preview.Rows.Where(r => r.Valid).ToList();
        var ids = valid.Where(r => r.ExistingId is not null).Select(r => r.ExistingId!.Value).ToList();
        var existing = await db.Schools.Include(x => x.Contacts).Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, cancellationToken);
        foreach (var row in valid)
        {
            var school = row.ExistingId is { } id && existing.TryGetValue(id, out var found) ? found : db.Schools.Add(new School { Identifier = row.Values.Identifier }).Entity;
            Merge(school, row.Values);
            school.AddContact(row.ContactName, row.ContactEmail);
            school.Version = Guid.NewGuid();
        }

        await db.SaveChangesAsync(cancellationToken);
        return (preview.New, preview.Merged);
    }

    // An empty cell keeps what the school has: a file with fewer columns never blanks what it does not mention.
    private static void Merge(School school, School values)
    {
        school.Name = values.Name.Length > 0 ? values.Name : school.Name;
        school.Address = values.Address.Length > 0 ? values.Address : school.Address;
        school.Town = values.Town.Length > 0 ? values.Town : school.Town;
        school.Postcode = values.Postcode.Length > 0 ? values.Postcode : school.Postcode;
        school.Phase = values.Phase.Length > 0 ? values.Phase : school.Phase;
        school.Pupils = values.Pupils ?? school.Pupils;
        school.FreeSchoolMealsPercent = values.FreeSchoolMealsPercent ?? school.FreeSchoolMealsPercent;
        school.SmallSchool = values.SmallSchool || school.SmallSchool;
        school.Hub = values.Hub.Length > 0 ? values.Hub : school.Hub;
    }

    private ImportRow Check(int line, Dictionary<string, string> cells, IReadOnlyDictionary<string, string> hubs, int? existingId, Dictionary<string, int> seen)
    {
        string Cell(string name) => cells.GetValueOrDefault(name, "");
        var errors = new List<string>();
        var values = new School
        {
            Identifier = Cell("identifier"), Name = Cell("name"), Address = Cell("address"), Town = Cell("town"), Postcode = Cell("postcode"), Phase = Cell("phase").ToLowerInvariant(),
        };
        if (values.Identifier.Length is 0 or > 32)
        {
            errors.Add(values.Identifier.Length == 0 ? s["The identifier is missing"] : s["The identifier must be 32 characters or fewer"]);
        }
        else if (!seen.TryAdd(values.Identifier, line))
        {
            errors.Add(s["The identifier is also on line {0}", seen[values.Identifier]]);
        }

        if (values.Name.Length == 0 && existingId is null || values.Name.Length > 200)
        {
            errors.Add(values.Name.Length == 0 ? s["The name is missing"] : s["The name must be 200 characters or fewer"]);
        }

        if (values.Address.Length > 500 || values.Town.Length > 100 || values.Postcode.Length > 16 || values.Phase.Length > 32)
        {
            errors.Add(s["The address, town, postcode or phase is too long"]);
        }

        if (Cell("pupils") is { Length: > 0 } pupils)
        {
            values.Pupils = int.TryParse(pupils, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 5000 ? n : null;
            if (values.Pupils is null)
            {
                errors.Add(s["Pupils must be a whole number from 1 to 5000"]);
            }
        }

        if (Cell("free_school_meals_percent") is { Length: > 0 } fsm)
        {
            values.FreeSchoolMealsPercent = decimal.TryParse(fsm.TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p) && p <= 100 ? p : null;
            if (values.FreeSchoolMealsPercent is null)
            {
                errors.Add(s["The free-school-meals share must be a number from 0 to 100"]);
            }
        }

        switch (Cell("small_school").ToLowerInvariant())
        {
            case "" or "no" or "n" or "false" or "0" or "na":
                break;
            case "yes" or "y" or "true" or "1" or "ie":
                values.SmallSchool = true;
                break;
            default:
                errors.Add(s["Small school must be yes or no"]);
                break;
        }

        if (Cell("hub") is { Length: > 0 } hub)
        {
            // A hub by its key or by its name in any of the tenant's languages.
            var key = hubs.FirstOrDefault(h => string.Equals(h.Key, hub, StringComparison.OrdinalIgnoreCase) || string.Equals(h.Value, hub, StringComparison.CurrentCultureIgnoreCase)).Key;
            if (key is null)
            {
                errors.Add(s["There is no hub called {0}", hub]);
            }

            values.Hub = key ?? "";
        }

        var email = Cell("contact_email");
        if (email.Length > 0 && !EmailInput.IsValid(email))
        {
            errors.Add(s["The contact's email address is not valid"]);
        }

        return new ImportRow(line, values, Cell("contact_name"), email, existingId, errors);
    }
}
