using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Awards.Data.Migrations;

/// <summary>Awards made by the programme: the certificate's verification code, the school year, and revocation.</summary>
[DbContext(typeof(AwardsDbContext))]
[Migration("20261203000300_Certificates")]
public sealed class Certificates : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Code", table: "AwardHolders", maxLength: 16, nullable: true);
        migrationBuilder.AddColumn<int>(name: "EnrolmentId", table: "AwardHolders", nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "RevokedOn", table: "AwardHolders", nullable: true);
        migrationBuilder.AddColumn<string>(name: "RevokedReason", table: "AwardHolders", maxLength: 1000, nullable: false, defaultValue: "");
        migrationBuilder.CreateIndex(name: "IX_AwardHolders_Code", table: "AwardHolders", column: "Code", unique: true);
        migrationBuilder.CreateIndex(name: "IX_AwardHolders_EnrolmentId", table: "AwardHolders", column: "EnrolmentId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_AwardHolders_EnrolmentId", table: "AwardHolders");
        migrationBuilder.DropIndex(name: "IX_AwardHolders_Code", table: "AwardHolders");
        migrationBuilder.DropColumn(name: "RevokedReason", table: "AwardHolders");
        migrationBuilder.DropColumn(name: "RevokedOn", table: "AwardHolders");
        migrationBuilder.DropColumn(name: "EnrolmentId", table: "AwardHolders");
        migrationBuilder.DropColumn(name: "Code", table: "AwardHolders");
    }
}
