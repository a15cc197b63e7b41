using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Psqm.Modules.Content.Engine;

namespace Psqm.Modules.Content.Data.Migrations;

/// <summary>A term's names in every language in one column, so a tenant can add a language without a new column.</summary>
[DbContext(typeof(ContentDbContext))]
[Migration("20261202000000_TaxonomyTermNames")]
public sealed class TaxonomyTermNames : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Name", table: "TaxonomyTerms", nullable: false, defaultValue: "{}");
        migrationBuilder.Sql("UPDATE TaxonomyTerms SET Name = json_object('en', NameEn, 'cy', NameCy)");

        // SQLite (3.35 and later) drops a column in place; EF would want the whole model to rebuild the table.
        migrationBuilder.Sql("ALTER TABLE TaxonomyTerms DROP COLUMN NameEn");
        migrationBuilder.Sql("ALTER TABLE TaxonomyTerms DROP COLUMN NameCy");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "NameEn", table: "TaxonomyTerms", maxLength: 200, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "NameCy", table: "TaxonomyTerms", maxLength: 200, nullable: false, defaultValue: "");
        migrationBuilder.Sql("UPDATE TaxonomyTerms SET NameEn = coalesce(json_extract(Name, '$.en'), ''), NameCy = coalesce(json_extract(Name, '$.cy'), '')");
        migrationBuilder.Sql("ALTER TABLE TaxonomyTerms DROP COLUMN Name");
    }
}
