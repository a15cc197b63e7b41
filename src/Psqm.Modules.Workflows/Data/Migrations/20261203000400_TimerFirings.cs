using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Workflows.Data.Migrations;

[DbContext(typeof(WorkflowsDbContext))]
[Migration("20261203000400_TimerFirings")]
public sealed class TimerFirings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "WorkflowTimerFirings",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                InstanceId = table.Column<int>(nullable: false),
                State = table.Column<string>(maxLength: 64, nullable: false),
                Timer = table.Column<string>(maxLength: 64, nullable: false),
                Since = table.Column<DateTime>(nullable: false),
                FiredUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkflowTimerFirings", x => x.Id);
                table.ForeignKey("FK_WorkflowTimerFirings_WorkflowInstances_InstanceId", x => x.InstanceId, "WorkflowInstances", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(
            name: "IX_WorkflowTimerFirings_InstanceId_State_Timer_Since", table: "WorkflowTimerFirings", columns: ["InstanceId", "State", "Timer", "Since"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "WorkflowTimerFirings");
}
