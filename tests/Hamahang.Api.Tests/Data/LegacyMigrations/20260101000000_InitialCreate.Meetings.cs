using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hamahang.Api.Tests.Data.LegacyMigrations;

public sealed partial class InitialCreate
{
    // Meetings and their parts: districts, agenda, attendees, site visits, tags, minutes.
    private static void CreateMeetings(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Meetings",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                TitleEn = table.Column<string>(maxLength: 300, nullable: true),
                Summary = table.Column<string>(nullable: true),
                StartsAt = table.Column<DateTime>(nullable: false),
                EndsAt = table.Column<DateTime>(nullable: true),
                Venue = table.Column<string>(maxLength: 300, nullable: true),
                HostOrganizationId = table.Column<int>(nullable: true),
                WorkingGroupId = table.Column<int>(nullable: true),
                SourceUrl = table.Column<string>(maxLength: 1000, nullable: true),
                SummaryNormalized = table.Column<string>(nullable: true),
                TitleNormalized = table.Column<string>(maxLength: 300, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Meetings", x => x.Id);
                table.ForeignKey(
                    name: "FK_Meetings_Organizations_HostOrganizationId",
                    column: x => x.HostOrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "MeetingDistricts",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                MeetingId = table.Column<int>(nullable: false),
                DistrictId = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetingDistricts", x => x.Id);
                table.ForeignKey(
                    name: "FK_MeetingDistricts_Districts_DistrictId",
                    column: x => x.DistrictId,
                    principalTable: "Districts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_MeetingDistricts_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AgendaItems",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                MeetingId = table.Column<int>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: 2000, nullable: false),
                Notes = table.Column<string>(nullable: true),
                TitleNormalized = table.Column<string>(maxLength: 2000, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AgendaItems", x => x.Id);
                table.ForeignKey(
                    name: "FK_AgendaItems_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MeetingAttendees",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                MeetingId = table.Column<int>(nullable: false),
                PersonId = table.Column<int>(nullable: true),
                OrganizationId = table.Column<int>(nullable: true),
                Role = table.Column<string>(maxLength: 32, nullable: false),
                Description = table.Column<string>(maxLength: 300, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetingAttendees", x => x.Id);
                table.ForeignKey(
                    name: "FK_MeetingAttendees_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_MeetingAttendees_Organizations_OrganizationId",
                    column: x => x.OrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_MeetingAttendees_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "SiteVisits",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                MeetingId = table.Column<int>(nullable: false),
                SiteId = table.Column<int>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Notes = table.Column<string>(maxLength: 2000, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SiteVisits", x => x.Id);
                table.ForeignKey(
                    name: "FK_SiteVisits_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_SiteVisits_Sites_SiteId",
                    column: x => x.SiteId,
                    principalTable: "Sites",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "MeetingTags",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                MeetingId = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 128, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetingTags", x => x.Id);
                table.ForeignKey(
                    name: "FK_MeetingTags_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Minutes",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                MeetingId = table.Column<int>(nullable: false),
                Revision = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                AmendsId = table.Column<int>(nullable: true),
                ApprovedAt = table.Column<DateTime>(nullable: true),
                PublishedAt = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Minutes", x => x.Id);
                table.ForeignKey(
                    name: "FK_Minutes_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Minutes_Minutes_AmendsId",
                    column: x => x.AmendsId,
                    principalTable: "Minutes",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "MinutesSections",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                MinutesId = table.Column<int>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                Heading = table.Column<string>(maxLength: 300, nullable: false),
                Body = table.Column<string>(nullable: false),
                BodyNormalized = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MinutesSections", x => x.Id);
                table.ForeignKey(
                    name: "FK_MinutesSections_Minutes_MinutesId",
                    column: x => x.MinutesId,
                    principalTable: "Minutes",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_AgendaItems_MeetingId",
            table: "AgendaItems",
            column: "MeetingId");

        migrationBuilder.CreateIndex(
            name: "IX_MeetingAttendees_MeetingId",
            table: "MeetingAttendees",
            column: "MeetingId");

        migrationBuilder.CreateIndex(
            name: "IX_MeetingAttendees_OrganizationId",
            table: "MeetingAttendees",
            column: "OrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_MeetingAttendees_PersonId",
            table: "MeetingAttendees",
            column: "PersonId");

        migrationBuilder.CreateIndex(
            name: "IX_MeetingDistricts_DistrictId",
            table: "MeetingDistricts",
            column: "DistrictId");

        migrationBuilder.CreateIndex(
            name: "IX_MeetingDistricts_MeetingId_DistrictId",
            table: "MeetingDistricts",
            columns: ["MeetingId", "DistrictId"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Meetings_HostOrganizationId",
            table: "Meetings",
            column: "HostOrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_Meetings_StartsAt_Id",
            table: "Meetings",
            columns: ["StartsAt", "Id"]);

        migrationBuilder.CreateIndex(
            name: "IX_Meetings_TitleNormalized",
            table: "Meetings",
            column: "TitleNormalized");

        migrationBuilder.CreateIndex(
            name: "IX_Meetings_WorkingGroupId",
            table: "Meetings",
            column: "WorkingGroupId");

        migrationBuilder.CreateIndex(
            name: "IX_MeetingTags_MeetingId_Name",
            table: "MeetingTags",
            columns: ["MeetingId", "Name"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_MeetingTags_Name",
            table: "MeetingTags",
            column: "Name");

        migrationBuilder.CreateIndex(
            name: "IX_Minutes_AmendsId",
            table: "Minutes",
            column: "AmendsId");

        migrationBuilder.CreateIndex(
            name: "IX_Minutes_MeetingId_Revision",
            table: "Minutes",
            columns: ["MeetingId", "Revision"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Minutes_UpdatedAt_Id",
            table: "Minutes",
            columns: ["UpdatedAt", "Id"]);

        migrationBuilder.CreateIndex(
            name: "IX_MinutesSections_MinutesId",
            table: "MinutesSections",
            column: "MinutesId");

        migrationBuilder.CreateIndex(
            name: "IX_SiteVisits_MeetingId",
            table: "SiteVisits",
            column: "MeetingId");

        migrationBuilder.CreateIndex(
            name: "IX_SiteVisits_SiteId",
            table: "SiteVisits",
            column: "SiteId");
    }
}
