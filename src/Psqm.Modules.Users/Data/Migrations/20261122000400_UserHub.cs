using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Users.Data.Migrations;

/// <summary>Users belong to a hub: hub leaders work on their own hub's items.</summary>
[DbContext(typeof(UsersDbContext))]
[Migration("20261122000400_UserHub")]
public sealed class UserHub : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "Hub", table: "AspNetUsers", maxLength: 64, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "Hub", table: "AspNetUsers");
}
