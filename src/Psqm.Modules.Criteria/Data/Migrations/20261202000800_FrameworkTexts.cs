using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Criteria.Data.Migrations;

/// <summary>
/// A framework's names and a criterion's wording in every language in one value each, so a tenant can add a
/// language without new columns; and whether a framework's schools are followed by an assessor.
/// </summary>
[DbContext(typeof(CriteriaDbContext))]
[Migration("20261202000800_FrameworkTexts")]
public sealed class FrameworkTexts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Name", table: "Frameworks", nullable: false, defaultValue: "{}");
        migrationBuilder.AddColumn<bool>(name: "Assessed", table: "Frameworks", nullable: false, defaultValue: false);
        migrationBuilder.Sql("UPDATE Frameworks SET Name = json_object('en', NameEn, 'cy', NameCy), Assessed = (Key = 'bsqm')");

        // The levels and aims are JSON already: their pairs of names become one object each, in place.
        migrationBuilder.Sql("""
            UPDATE Frameworks SET
              Levels = (SELECT json_group_array(json_object(
                  'key', json_extract(value, '$.key'),
                  'name', json_object('en', coalesce(json_extract(value, '$.en'), ''), 'cy', coalesce(json_extract(value, '$.cy'), '')),
                  'description', json_object('en', coalesce(json_extract(value, '$.descEn'), ''), 'cy', coalesce(json_extract(value, '$.descCy'), '')),
                  'reflectionWords', coalesce(json_extract(value, '$.reflectionWords'), 500)))
                FROM json_each(Frameworks.Levels)),
              Aims = (SELECT json_group_array(json_object(
                  'key', json_extract(value, '$.key'),
                  'name', json_object('en', coalesce(json_extract(value, '$.en'), ''), 'cy', coalesce(json_extract(value, '$.cy'), '')),
                  'levels', json(coalesce(json_extract(value, '$.levels'), '[]'))))
                FROM json_each(Frameworks.Aims))
            """);
        migrationBuilder.Sql("ALTER TABLE Frameworks DROP COLUMN NameEn");
        migrationBuilder.Sql("ALTER TABLE Frameworks DROP COLUMN NameCy");

        migrationBuilder.AddColumn<string>(name: "Text", table: "Criteria", nullable: false, defaultValue: "{}");
        migrationBuilder.AddColumn<string>(name: "Guidance", table: "Criteria", nullable: false, defaultValue: "{}");
        migrationBuilder.Sql("UPDATE Criteria SET Text = json_object('en', TextEn, 'cy', TextCy), Guidance = json_object('en', GuidanceEn, 'cy', GuidanceCy)");
        foreach (var column in new[] { "TextEn", "TextCy", "GuidanceEn", "GuidanceCy" })
        {
            migrationBuilder.Sql($"ALTER TABLE Criteria DROP COLUMN {column}");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var (column, length) in new[] { ("TextEn", 1000), ("TextCy", 1000), ("GuidanceEn", 2000), ("GuidanceCy", 2000) })
        {
            migrationBuilder.AddColumn<string>(name: column, table: "Criteria", maxLength: length, nullable: false, defaultValue: "");
        }

        migrationBuilder.Sql("""
            UPDATE Criteria SET TextEn = coalesce(json_extract(Text, '$.en'), ''), TextCy = coalesce(json_extract(Text, '$.cy'), ''),
              GuidanceEn = coalesce(json_extract(Guidance, '$.en'), ''), GuidanceCy = coalesce(json_extract(Guidance, '$.cy'), '')
            """);
        migrationBuilder.Sql("ALTER TABLE Criteria DROP COLUMN Text");
        migrationBuilder.Sql("ALTER TABLE Criteria DROP COLUMN Guidance");
        migrationBuilder.AddColumn<string>(name: "NameEn", table: "Frameworks", maxLength: 200, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "NameCy", table: "Frameworks", maxLength: 200, nullable: false, defaultValue: "");
        migrationBuilder.Sql("UPDATE Frameworks SET NameEn = coalesce(json_extract(Name, '$.en'), ''), NameCy = coalesce(json_extract(Name, '$.cy'), '')");
        migrationBuilder.Sql("ALTER TABLE Frameworks DROP COLUMN Name");
        migrationBuilder.Sql("ALTER TABLE Frameworks DROP COLUMN Assessed");
    }
}
