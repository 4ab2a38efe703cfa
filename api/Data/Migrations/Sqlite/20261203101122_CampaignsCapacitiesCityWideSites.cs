using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hamahang.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CampaignsCapacitiesCityWideSites : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A meeting's address moves to its source before the column goes (stores written before
            // provenance held it on the meeting): the source it names takes it where it has none, a
            // meeting without a source gets one that records only the address.
            migrationBuilder.Sql("""
                UPDATE "Sources" SET "Url" = (SELECT m."SourceUrl" FROM "Meetings" m WHERE m."SourceId" = "Sources"."Id" AND m."SourceUrl" IS NOT NULL ORDER BY m."Id" LIMIT 1)
                WHERE "Url" IS NULL AND EXISTS (SELECT 1 FROM "Meetings" m WHERE m."SourceId" = "Sources"."Id" AND m."SourceUrl" IS NOT NULL);
                INSERT INTO "Sources" ("Outlet", "Url", "NewsCode", "CreatedAt", "UpdatedAt", "Version")
                SELECT substr("SourceUrl", 1, 300), "SourceUrl", 'meeting:' || "Id", "CreatedAt", "UpdatedAt", 1
                FROM "Meetings" WHERE "SourceUrl" IS NOT NULL AND "SourceId" IS NULL;
                UPDATE "Meetings" SET "SourceId" = (SELECT s."Id" FROM "Sources" s WHERE s."NewsCode" = 'meeting:' || "Meetings"."Id")
                WHERE "SourceUrl" IS NOT NULL AND "SourceId" IS NULL;
                UPDATE "Sources" SET "NewsCode" = NULL WHERE "NewsCode" LIKE 'meeting:%';
                """);

            migrationBuilder.DropColumn(
                name: "SourceUrl",
                table: "Meetings");

            migrationBuilder.AlterColumn<int>(
                name: "DistrictId",
                table: "Sites",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<bool>(
                name: "IsCityWide",
                table: "Sites",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    NameNormalized = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Campaigns_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Campaigns_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationCapacities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationCapacities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationCapacities_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationServiceAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationServiceAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationServiceAreas_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrganizationServiceAreas_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignPhases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartsAtPrecision = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndsAtPrecision = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LaunchMeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignPhases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignPhases_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignPhases_Meetings_LaunchMeetingId",
                        column: x => x.LaunchMeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CampaignServicePoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PhaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignServicePoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignServicePoints_CampaignPhases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "CampaignPhases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignServicePointSites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServicePointId = table.Column<int>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignServicePointSites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignServicePointSites_CampaignServicePoints_ServicePointId",
                        column: x => x.ServicePointId,
                        principalTable: "CampaignServicePoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignServicePointSites_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignPhases_CampaignId_Number",
                table: "CampaignPhases",
                columns: new[] { "CampaignId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampaignPhases_LaunchMeetingId",
                table: "CampaignPhases",
                column: "LaunchMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_NameNormalized",
                table: "Campaigns",
                column: "NameNormalized");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_OrganizationId",
                table: "Campaigns",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_SourceId",
                table: "Campaigns",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignServicePoints_PhaseId_Kind",
                table: "CampaignServicePoints",
                columns: new[] { "PhaseId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampaignServicePointSites_ServicePointId_SiteId",
                table: "CampaignServicePointSites",
                columns: new[] { "ServicePointId", "SiteId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampaignServicePointSites_SiteId",
                table: "CampaignServicePointSites",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationCapacities_Kind_OrganizationId",
                table: "OrganizationCapacities",
                columns: new[] { "Kind", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationCapacities_OrganizationId",
                table: "OrganizationCapacities",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationServiceAreas_DistrictId",
                table: "OrganizationServiceAreas",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationServiceAreas_OrganizationId_DistrictId",
                table: "OrganizationServiceAreas",
                columns: new[] { "OrganizationId", "DistrictId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampaignServicePointSites");

            migrationBuilder.DropTable(
                name: "OrganizationCapacities");

            migrationBuilder.DropTable(
                name: "OrganizationServiceAreas");

            migrationBuilder.DropTable(
                name: "CampaignServicePoints");

            migrationBuilder.DropTable(
                name: "CampaignPhases");

            migrationBuilder.DropTable(
                name: "Campaigns");

            migrationBuilder.DropColumn(
                name: "IsCityWide",
                table: "Sites");

            migrationBuilder.AlterColumn<int>(
                name: "DistrictId",
                table: "Sites",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceUrl",
                table: "Meetings",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE "Meetings" SET "SourceUrl" = (SELECT s."Url" FROM "Sources" s WHERE s."Id" = "Meetings"."SourceId")
                WHERE "SourceId" IS NOT NULL;
                """);
        }
    }
}
