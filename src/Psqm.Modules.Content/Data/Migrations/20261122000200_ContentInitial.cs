using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Psqm.Modules.Content.Engine;

namespace Psqm.Modules.Content.Data.Migrations;

[DbContext(typeof(ContentDbContext))]
[Migration("20261122000200_ContentInitial")]
public sealed class ContentInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ContentItems",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Author = table.Column<string>(maxLength: 256, nullable: false),
                ContentItemId = table.Column<string>(maxLength: 26, nullable: false),
                ContentType = table.Column<string>(maxLength: 64, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                Culture = table.Column<string>(maxLength: 8, nullable: false),
                Data = table.Column<string>(nullable: false),
                Deleted = table.Column<bool>(nullable: false),
                Latest = table.Column<bool>(nullable: false),
                LocalizationSet = table.Column<string>(maxLength: 26, nullable: false),
                ModifiedUtc = table.Column<DateTime>(nullable: false),
                Owner = table.Column<string>(maxLength: 256, nullable: false),
                Published = table.Column<bool>(nullable: false),
                PublishedUtc = table.Column<DateTime>(nullable: true),
                Slug = table.Column<string>(maxLength: 200, nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContentItems", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Media",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                AltText = table.Column<string>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                FileName = table.Column<string>(maxLength: 64, nullable: false),
                Length = table.Column<long>(nullable: false),
                MediaType = table.Column<string>(maxLength: 128, nullable: false),
                OriginalName = table.Column<string>(maxLength: 255, nullable: false),
                UploadedBy = table.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Media", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "TaxonomyTerms",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Key = table.Column<string>(maxLength: 64, nullable: false),
                NameCy = table.Column<string>(maxLength: 200, nullable: false),
                NameEn = table.Column<string>(maxLength: 200, nullable: false),
                Order = table.Column<int>(nullable: false),
                Taxonomy = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TaxonomyTerms", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_ContentItems_Latest",
            table: "ContentItems",
            column: "ContentItemId",
            unique: true,
            filter: "\"Latest\" = TRUE");

        migrationBuilder.CreateIndex(
            name: "IX_ContentItems_LocalizationSet",
            table: "ContentItems",
            column: "LocalizationSet");

        migrationBuilder.CreateIndex(
            name: "IX_ContentItems_Slug",
            table: "ContentItems",
            columns: new[] { "Culture", "Slug" },
            unique: true,
            filter: "\"Latest\" = TRUE AND \"Deleted\" = FALSE");

        migrationBuilder.CreateIndex(
            name: "IX_ContentItems_Type",
            table: "ContentItems",
            columns: new[] { "ContentType", "Culture", "Published" });

        migrationBuilder.CreateIndex(
            name: "IX_ContentItems_Version",
            table: "ContentItems",
            columns: new[] { "ContentItemId", "Version" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Media_FileName",
            table: "Media",
            column: "FileName",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_TaxonomyTerms_Taxonomy_Key",
            table: "TaxonomyTerms",
            columns: new[] { "Taxonomy", "Key" },
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "TaxonomyTerms");
        migrationBuilder.DropTable(name: "Media");
        migrationBuilder.DropTable(name: "ContentItems");
    }
}
