using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Programme.Data.Migrations;

/// <summary>What hubs and hub leaders are paid per school, per review and per online-only reaccreditation, as settings.</summary>
[DbContext(typeof(ProgrammeDbContext))]
[Migration("20261203000600_HubPayments")]
public sealed class HubPayments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<decimal>(name: "PerSchoolPayment", table: "ProgrammeSettings", precision: 10, scale: 2, nullable: false, defaultValue: 300m);
        migrationBuilder.AddColumn<decimal>(name: "PerReviewPayment", table: "ProgrammeSettings", precision: 10, scale: 2, nullable: false, defaultValue: 150m);
        migrationBuilder.AddColumn<decimal>(name: "PerOnlineReaccreditationPayment", table: "ProgrammeSettings", precision: 10, scale: 2, nullable: false, defaultValue: 100m);
        migrationBuilder.AddColumn<Guid>(name: "Version", table: "ProgrammeSettings", nullable: false, defaultValue: Guid.Empty);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Version", table: "ProgrammeSettings");
        migrationBuilder.DropColumn(name: "PerOnlineReaccreditationPayment", table: "ProgrammeSettings");
        migrationBuilder.DropColumn(name: "PerReviewPayment", table: "ProgrammeSettings");
        migrationBuilder.DropColumn(name: "PerSchoolPayment", table: "ProgrammeSettings");
    }
}
