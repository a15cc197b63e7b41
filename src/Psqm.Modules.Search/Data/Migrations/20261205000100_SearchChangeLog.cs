using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Search.Data.Migrations;

/// <summary>
/// The index change log and the glossary, as the search module's own tables. On SQLite, the glossary moves over
/// from the tables the earlier in-database index kept, which go.
/// </summary>
[DbContext(typeof(SearchDbContext))]
[Migration("20261205000100_SearchChangeLog")]
public sealed class SearchChangeLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SearchChanges",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Source = table.Column<string>(maxLength: 64, nullable: false),
                Key = table.Column<string>(maxLength: 256, nullable: false),
                Document = table.Column<string>(nullable: true),
                ChangedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SearchChanges", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_SearchChanges_ChangedUtc", table: "SearchChanges", column: "ChangedUtc");

        migrationBuilder.CreateTable(
            name: "SearchGlossaryPairs",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                En = table.Column<string>(maxLength: 100, nullable: false),
                Cy = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SearchGlossaryPairs", x => x.Id));

        if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            // The first statement makes sure there is an old glossary to copy, so a new database takes the same path.
            migrationBuilder.Sql("CREATE TABLE IF NOT EXISTS SearchGlossary (Id INTEGER PRIMARY KEY, En TEXT NOT NULL, Cy TEXT NOT NULL);");
            migrationBuilder.Sql("INSERT INTO SearchGlossaryPairs (En, Cy) SELECT En, Cy FROM SearchGlossary ORDER BY Id;");
            foreach (var table in new[] { "SearchGlossary", "SearchVocab", "SearchText", "SearchEntries", "SearchFacetCodes", "SearchState" })
            {
                migrationBuilder.Sql($"DROP TABLE IF EXISTS {table};");
            }
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "SearchGlossaryPairs");
        migrationBuilder.DropTable(name: "SearchChanges");
    }
}
