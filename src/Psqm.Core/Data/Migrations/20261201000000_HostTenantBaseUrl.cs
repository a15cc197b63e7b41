using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Data.Migrations;

/// <summary>A tenant with a host name of its own keeps its public address, from which its absolute links are built.</summary>
[DbContext(typeof(HostDbContext))]
[Migration("20261201000000_HostTenantBaseUrl")]
public sealed class HostTenantBaseUrl : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "BaseUrl", table: "Tenants", maxLength: 255, nullable: false, defaultValue: "");

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn(name: "BaseUrl", table: "Tenants");
}
