using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Webinars.Data.Migrations;

[DbContext(typeof(WebinarsDbContext))]
[Migration("20261122000500_WebinarsInitial")]
public sealed class WebinarsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "WebinarRegistrations",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                CancelUrl = table.Column<string>(maxLength: 2000, nullable: false),
                CancelledUtc = table.Column<DateTime>(nullable: true),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                Culture = table.Column<string>(maxLength: 8, nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: false),
                PageUrl = table.Column<string>(maxLength: 2000, nullable: false),
                ReminderSentUtc = table.Column<DateTime>(nullable: true),
                School = table.Column<string>(maxLength: 200, nullable: false),
                Status = table.Column<int>(nullable: false),
                Token = table.Column<string>(maxLength: 64, nullable: false),
                WebinarKey = table.Column<string>(maxLength: 26, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_WebinarRegistrations", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_WebinarRegistrations_Email", table: "WebinarRegistrations", columns: ["WebinarKey", "NormalizedEmail"], unique: true, filter: "\"Status\" <> 2");
        migrationBuilder.CreateIndex(name: "IX_WebinarRegistrations_Webinar", table: "WebinarRegistrations", columns: ["WebinarKey", "Status", "CreatedUtc"]);
        migrationBuilder.CreateIndex(name: "IX_WebinarRegistrations_Token", table: "WebinarRegistrations", column: "Token", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "WebinarRegistrations");
}
