using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Programme.Data.Migrations;

/// <summary>Applications to lead a hub, answering the hub leader specification.</summary>
[DbContext(typeof(ProgrammeDbContext))]
[Migration("20261204000100_HubLeaderApplications")]
public sealed class HubLeaderApplications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "HubLeaderApplications",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Reference = table.Column<string>(maxLength: 16, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Email = table.Column<string>(maxLength: 254, nullable: false),
                NormalizedEmail = table.Column<string>(maxLength: 254, nullable: false),
                Organisation = table.Column<string>(maxLength: 200, nullable: false),
                Teacher = table.Column<bool>(nullable: false),
                PreferredHub = table.Column<string>(maxLength: 64, nullable: true),
                Answers = table.Column<string>(nullable: false),
                Culture = table.Column<string>(maxLength: 8, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_HubLeaderApplications", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_HubLeaderApplications_Reference", table: "HubLeaderApplications", column: "Reference", unique: true);
        migrationBuilder.CreateIndex(name: "IX_HubLeaderApplications_NormalizedEmail", table: "HubLeaderApplications", column: "NormalizedEmail");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "HubLeaderApplications");
}
