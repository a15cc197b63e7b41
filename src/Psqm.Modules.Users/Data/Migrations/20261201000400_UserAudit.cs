using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Users.Data.Migrations;

/// <summary>Every change to an account is kept: who, what, when, before and after.</summary>
[DbContext(typeof(UsersDbContext))]
[Migration("20261201000400_UserAudit")]
public sealed class UserAudit : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "UserAudit",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                WhenUtc = table.Column<DateTime>(nullable: false),
                Actor = table.Column<string>(maxLength: 256, nullable: false),
                Action = table.Column<string>(maxLength: 32, nullable: false),
                Subject = table.Column<string>(maxLength: 256, nullable: false),
                Before = table.Column<string>(maxLength: 2000, nullable: true),
                After = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_UserAudit", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_UserAudit_WhenUtc", table: "UserAudit", column: "WhenUtc");
        migrationBuilder.CreateIndex(name: "IX_UserAudit_Subject", table: "UserAudit", column: "Subject");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "UserAudit");
}
