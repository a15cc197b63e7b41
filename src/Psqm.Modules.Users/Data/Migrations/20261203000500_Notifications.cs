using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Users.Data.Migrations;

[DbContext(typeof(UsersDbContext))]
[Migration("20261203000500_Notifications")]
public sealed class UserNotifications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Notifications",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Recipient = table.Column<string>(maxLength: 256, nullable: false),
                Text = table.Column<string>(maxLength: 500, nullable: false),
                Link = table.Column<string>(maxLength: 500, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                ReadUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Notifications", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Notifications_Recipient_ReadUtc", table: "Notifications", columns: ["Recipient", "ReadUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "Notifications");
}
