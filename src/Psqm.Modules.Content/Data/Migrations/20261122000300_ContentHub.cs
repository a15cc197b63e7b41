using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Psqm.Modules.Content.Engine;

namespace Psqm.Modules.Content.Data.Migrations;

/// <summary>Items belong to a hub, so hub leaders work on their own hub's resources and webinars.</summary>
[DbContext(typeof(ContentDbContext))]
[Migration("20261122000300_ContentHub")]
public sealed class ContentHub : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Hub", table: "ContentItems", maxLength: 64, nullable: true);
        migrationBuilder.CreateIndex(name: "IX_ContentItems_Hub", table: "ContentItems", columns: ["Hub", "ContentType"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_ContentItems_Hub", table: "ContentItems");
        migrationBuilder.DropColumn(name: "Hub", table: "ContentItems");
    }
}
