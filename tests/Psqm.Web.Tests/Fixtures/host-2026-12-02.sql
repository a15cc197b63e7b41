-- The schema and migrations history of a database made by the site of 2026-12-02, the last with hand-written migrations.
CREATE TABLE "Tenants" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_Tenants" PRIMARY KEY,
    "State" TEXT NOT NULL,
    "UrlPrefix" TEXT NOT NULL,
    "Host" TEXT NOT NULL,
    "DatabaseProvider" TEXT NOT NULL,
    "ConnectionString" TEXT NOT NULL,
    "Recipe" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    "Site" TEXT NOT NULL
, "BaseUrl" TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE "__Migrations_Host" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___Migrations_Host" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
CREATE UNIQUE INDEX "IX_Tenants_Host_UrlPrefix" ON "Tenants" ("Host", "UrlPrefix");
INSERT INTO "__Migrations_Host" VALUES ('20261122000000_HostInitial', '10.0.14');
INSERT INTO "__Migrations_Host" VALUES ('20261201000000_HostTenantBaseUrl', '10.0.14');
