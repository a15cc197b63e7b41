using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Awards.Data.Migrations;

/// <summary>An award's round is the programme's round key (season and year); its number follows from it, not stored apart.</summary>
[DbContext(typeof(AwardsDbContext))]
[Migration("20261202000900_AwardRounds")]
public sealed class AwardRounds : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_AwardHolders_SchoolName_RoundNumber", table: "AwardHolders");

        // SQLite (3.35 and later) drops a column in place; EF would want the whole model to rebuild the table.
        migrationBuilder.Sql("ALTER TABLE AwardHolders DROP COLUMN RoundNumber");
        migrationBuilder.CreateIndex(name: "IX_AwardHolders_SchoolName_Season_StartYear", table: "AwardHolders", columns: ["SchoolName", "Season", "StartYear"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_AwardHolders_SchoolName_Season_StartYear", table: "AwardHolders");
        migrationBuilder.AddColumn<int>(name: "RoundNumber", table: "AwardHolders", nullable: false, defaultValue: 0);
        migrationBuilder.Sql("UPDATE AwardHolders SET RoundNumber = 16 + 2 * (StartYear - 2019) + (CASE Season WHEN 'autumn' THEN 1 ELSE 0 END)");
        migrationBuilder.CreateIndex(name: "IX_AwardHolders_SchoolName_RoundNumber", table: "AwardHolders", columns: ["SchoolName", "RoundNumber"], unique: true);
    }
}
