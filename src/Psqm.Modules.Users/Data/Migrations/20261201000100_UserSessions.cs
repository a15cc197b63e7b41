using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Users.Data.Migrations;

/// <summary>Sessions live on the server, so signing out ends them; users remember when they last signed in.</summary>
[DbContext(typeof(UsersDbContext))]
[Migration("20261201000100_UserSessions")]
public sealed class UserSessions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "UserSessions",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 32, nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_UserSessions", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_UserSessions_UserId", table: "UserSessions", column: "UserId");
        migrationBuilder.AddColumn<DateTime>(name: "LastSignInUtc", table: "AspNetUsers", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "UserSessions");
        migrationBuilder.DropColumn(name: "LastSignInUtc", table: "AspNetUsers");
    }
}
