using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Workflows.Data.Migrations;

[DbContext(typeof(WorkflowsDbContext))]
[Migration("20261203000100_StepValues")]
public sealed class StepValues : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "Values", table: "WorkflowSteps", nullable: false, defaultValue: "{}");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "Values", table: "WorkflowSteps");
}
