using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Psqm.Modules.Content.Engine;

namespace Psqm.Modules.Content.Data.Migrations;

/// <summary>An image's size as shown, so pages give it its place before it loads, and the widths of its narrower copies.</summary>
[DbContext(typeof(ContentDbContext))]
[Migration("20261203000000_MediaImageSize")]
public sealed class MediaImageSize : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "Width", table: "Media", nullable: true);
        migrationBuilder.AddColumn<int>(name: "Height", table: "Media", nullable: true);
        migrationBuilder.AddColumn<string>(name: "Variants", table: "Media", maxLength: 64, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Variants", table: "Media");
        migrationBuilder.DropColumn(name: "Height", table: "Media");
        migrationBuilder.DropColumn(name: "Width", table: "Media");
    }
}
