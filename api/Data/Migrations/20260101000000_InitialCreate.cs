using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hamahang.Api.Data.Migrations;

/// <summary>
/// The first schema, written by hand (EF's design-time package is not in our feed) with
/// provider-neutral operations only: no store types, so each provider maps the CLR types, lengths
/// and nullability itself; identity columns carry both providers' annotations. There is no model
/// snapshot: MigrationModelTests proves that migrating builds what EnsureCreated builds.
/// Meetings and WorkingGroups refer to each other, so that foreign key is added last.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20260101000000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "Districts",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Number = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 300, nullable: false),
                NameEn = table.Column<string>(maxLength: 300, nullable: false),
                AreaName = table.Column<string>(maxLength: 300, nullable: true),
                AreaNameEn = table.Column<string>(maxLength: 300, nullable: true),
                AreaNameNormalized = table.Column<string>(maxLength: 300, nullable: true),
                NameNormalized = table.Column<string>(maxLength: 300, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Districts", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Organizations",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Name = table.Column<string>(maxLength: 300, nullable: false),
                NameEn = table.Column<string>(maxLength: 300, nullable: true),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                Level = table.Column<string>(maxLength: 32, nullable: false),
                ParentId = table.Column<int>(nullable: true),
                DistrictId = table.Column<int>(nullable: true),
                NameNormalized = table.Column<string>(maxLength: 300, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Organizations", x => x.Id);
                table.ForeignKey(
                    name: "FK_Organizations_Districts_DistrictId",
                    column: x => x.DistrictId,
                    principalTable: "Districts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Organizations_Organizations_ParentId",
                    column: x => x.ParentId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Partnerships",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                OrganizationId = table.Column<int>(nullable: false),
                DistrictId = table.Column<int>(nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Partnerships", x => x.Id);
                table.ForeignKey(
                    name: "FK_Partnerships_Districts_DistrictId",
                    column: x => x.DistrictId,
                    principalTable: "Districts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Partnerships_Organizations_OrganizationId",
                    column: x => x.OrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "People",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                FullName = table.Column<string>(maxLength: 300, nullable: false),
                FullNameEn = table.Column<string>(maxLength: 300, nullable: true),
                Title = table.Column<string>(maxLength: 300, nullable: true),
                TitleEn = table.Column<string>(maxLength: 300, nullable: true),
                OrganizationId = table.Column<int>(nullable: true),
                FullNameNormalized = table.Column<string>(maxLength: 300, nullable: false),
                TitleNormalized = table.Column<string>(maxLength: 300, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_People", x => x.Id);
                table.ForeignKey(
                    name: "FK_People_Organizations_OrganizationId",
                    column: x => x.OrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Sites",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Name = table.Column<string>(maxLength: 300, nullable: false),
                NameEn = table.Column<string>(maxLength: 300, nullable: true),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                Capacity = table.Column<int>(nullable: true),
                DistrictId = table.Column<int>(nullable: false),
                OrganizationId = table.Column<int>(nullable: true),
                Address = table.Column<string>(maxLength: 2000, nullable: true),
                Latitude = table.Column<double>(nullable: true),
                Longitude = table.Column<double>(nullable: true),
                AddressNormalized = table.Column<string>(maxLength: 2000, nullable: true),
                NameNormalized = table.Column<string>(maxLength: 300, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sites", x => x.Id);
                table.ForeignKey(
                    name: "FK_Sites_Districts_DistrictId",
                    column: x => x.DistrictId,
                    principalTable: "Districts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Sites_Organizations_OrganizationId",
                    column: x => x.OrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

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

        migrationBuilder.CreateTable(
            name: "Decisions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                MeetingId = table.Column<int>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Text = table.Column<string>(maxLength: 2000, nullable: false),
                DueDate = table.Column<DateOnly>(nullable: true),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                TextNormalized = table.Column<string>(maxLength: 2000, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Decisions", x => x.Id);
                table.ForeignKey(
                    name: "FK_Decisions_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DecisionOwners",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                DecisionId = table.Column<int>(nullable: false),
                OrganizationId = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DecisionOwners", x => x.Id);
                table.ForeignKey(
                    name: "FK_DecisionOwners_Organizations_OrganizationId",
                    column: x => x.OrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_DecisionOwners_Decisions_DecisionId",
                    column: x => x.DecisionId,
                    principalTable: "Decisions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WorkingGroups",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Name = table.Column<string>(maxLength: 300, nullable: false),
                NameEn = table.Column<string>(maxLength: 300, nullable: true),
                Specialty = table.Column<string>(maxLength: 300, nullable: true),
                DistrictId = table.Column<int>(nullable: true),
                PartnerOrganizationId = table.Column<int>(nullable: true),
                FormedByDecisionId = table.Column<int>(nullable: true),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                NameNormalized = table.Column<string>(maxLength: 300, nullable: false),
                SpecialtyNormalized = table.Column<string>(maxLength: 300, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkingGroups", x => x.Id);
                table.ForeignKey(
                    name: "FK_WorkingGroups_Decisions_FormedByDecisionId",
                    column: x => x.FormedByDecisionId,
                    principalTable: "Decisions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_WorkingGroups_Districts_DistrictId",
                    column: x => x.DistrictId,
                    principalTable: "Districts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_WorkingGroups_Organizations_PartnerOrganizationId",
                    column: x => x.PartnerOrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "WorkingGroupMembers",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                WorkingGroupId = table.Column<int>(nullable: false),
                OrganizationId = table.Column<int>(nullable: true),
                PersonId = table.Column<int>(nullable: true),
                Role = table.Column<string>(maxLength: 32, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkingGroupMembers", x => x.Id);
                table.ForeignKey(
                    name: "FK_WorkingGroupMembers_Organizations_OrganizationId",
                    column: x => x.OrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_WorkingGroupMembers_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_WorkingGroupMembers_WorkingGroups_WorkingGroupId",
                    column: x => x.WorkingGroupId,
                    principalTable: "WorkingGroups",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Inspections",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                DistrictId = table.Column<int>(nullable: false),
                InspectedOrganizationId = table.Column<int>(nullable: true),
                InspectedSiteId = table.Column<int>(nullable: true),
                InspectingOrganizationId = table.Column<int>(nullable: false),
                PlannedAt = table.Column<DateTime>(nullable: false),
                StartedAt = table.Column<DateTime>(nullable: true),
                CompletedAt = table.Column<DateTime>(nullable: true),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                TitleNormalized = table.Column<string>(maxLength: 300, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Inspections", x => x.Id);
                table.ForeignKey(
                    name: "FK_Inspections_Districts_DistrictId",
                    column: x => x.DistrictId,
                    principalTable: "Districts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Inspections_Organizations_InspectedOrganizationId",
                    column: x => x.InspectedOrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Inspections_Organizations_InspectingOrganizationId",
                    column: x => x.InspectingOrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Inspections_Sites_InspectedSiteId",
                    column: x => x.InspectedSiteId,
                    principalTable: "Sites",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "InspectionInspectors",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                InspectionId = table.Column<int>(nullable: false),
                PersonId = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_InspectionInspectors", x => x.Id);
                table.ForeignKey(
                    name: "FK_InspectionInspectors_Inspections_InspectionId",
                    column: x => x.InspectionId,
                    principalTable: "Inspections",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_InspectionInspectors_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Findings",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                InspectionId = table.Column<int>(nullable: false),
                Category = table.Column<string>(maxLength: 32, nullable: false),
                Severity = table.Column<string>(maxLength: 32, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Description = table.Column<string>(nullable: true),
                Location = table.Column<string>(maxLength: 300, nullable: true),
                Channel = table.Column<string>(maxLength: 32, nullable: false),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                DismissalReason = table.Column<string>(maxLength: 2000, nullable: true),
                ResponsibleOrganizationId = table.Column<int>(nullable: true),
                DueDate = table.Column<DateOnly>(nullable: true),
                IsConfidential = table.Column<bool>(nullable: false),
                DescriptionNormalized = table.Column<string>(nullable: true),
                LocationNormalized = table.Column<string>(maxLength: 300, nullable: true),
                TitleNormalized = table.Column<string>(maxLength: 300, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Findings", x => x.Id);
                table.ForeignKey(
                    name: "FK_Findings_Inspections_InspectionId",
                    column: x => x.InspectionId,
                    principalTable: "Inspections",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Findings_Organizations_ResponsibleOrganizationId",
                    column: x => x.ResponsibleOrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "FindingHistory",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                FindingId = table.Column<int>(nullable: false),
                Actor = table.Column<string>(maxLength: 300, nullable: false),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                Change = table.Column<string>(maxLength: 2000, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FindingHistory", x => x.Id);
                table.ForeignKey(
                    name: "FK_FindingHistory_Findings_FindingId",
                    column: x => x.FindingId,
                    principalTable: "Findings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ApiKeys",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Prefix = table.Column<string>(maxLength: 64, nullable: false),
                Hash = table.Column<string>(maxLength: 128, nullable: false),
                Role = table.Column<string>(maxLength: 32, nullable: false),
                Name = table.Column<string>(maxLength: 300, nullable: true),
                OrganizationId = table.Column<int>(nullable: true),
                PersonId = table.Column<int>(nullable: true),
                RevokedAt = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ApiKeys", x => x.Id);
                table.ForeignKey(
                    name: "FK_ApiKeys_Organizations_OrganizationId",
                    column: x => x.OrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ApiKeys_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "IdempotencyRecords",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Operation = table.Column<string>(maxLength: 128, nullable: false),
                Key = table.Column<string>(maxLength: 128, nullable: false),
                Caller = table.Column<string>(maxLength: 300, nullable: false),
                ResultType = table.Column<string>(maxLength: 128, nullable: false),
                ResultId = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IdempotencyRecords", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Actor = table.Column<string>(maxLength: 300, nullable: false),
                Operation = table.Column<string>(maxLength: 32, nullable: false),
                EntityType = table.Column<string>(maxLength: 128, nullable: false),
                EntityKey = table.Column<string>(maxLength: 64, nullable: false),
                Before = table.Column<string>(nullable: true),
                After = table.Column<string>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEntries", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_AgendaItems_MeetingId",
            table: "AgendaItems",
            column: "MeetingId");

        migrationBuilder.CreateIndex(
            name: "IX_ApiKeys_Hash",
            table: "ApiKeys",
            column: "Hash",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ApiKeys_OrganizationId",
            table: "ApiKeys",
            column: "OrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_ApiKeys_PersonId",
            table: "ApiKeys",
            column: "PersonId");

        migrationBuilder.CreateIndex(
            name: "IX_ApiKeys_Prefix",
            table: "ApiKeys",
            column: "Prefix");

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_CreatedAt",
            table: "AuditEntries",
            column: "CreatedAt");

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_EntityType_EntityKey",
            table: "AuditEntries",
            columns: ["EntityType", "EntityKey"]);

        migrationBuilder.CreateIndex(
            name: "IX_DecisionOwners_DecisionId_OrganizationId",
            table: "DecisionOwners",
            columns: ["DecisionId", "OrganizationId"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_DecisionOwners_OrganizationId",
            table: "DecisionOwners",
            column: "OrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_Decisions_MeetingId",
            table: "Decisions",
            column: "MeetingId");

        migrationBuilder.CreateIndex(
            name: "IX_Decisions_Status",
            table: "Decisions",
            column: "Status");

        migrationBuilder.CreateIndex(
            name: "IX_Districts_NameNormalized",
            table: "Districts",
            column: "NameNormalized");

        migrationBuilder.CreateIndex(
            name: "IX_Districts_Number",
            table: "Districts",
            column: "Number",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_FindingHistory_FindingId",
            table: "FindingHistory",
            column: "FindingId");

        migrationBuilder.CreateIndex(
            name: "IX_Findings_InspectionId",
            table: "Findings",
            column: "InspectionId");

        migrationBuilder.CreateIndex(
            name: "IX_Findings_ResponsibleOrganizationId",
            table: "Findings",
            column: "ResponsibleOrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_Findings_Status",
            table: "Findings",
            column: "Status");

        migrationBuilder.CreateIndex(
            name: "IX_Findings_TitleNormalized",
            table: "Findings",
            column: "TitleNormalized");

        migrationBuilder.CreateIndex(
            name: "IX_IdempotencyRecords_Operation_Caller_Key",
            table: "IdempotencyRecords",
            columns: ["Operation", "Caller", "Key"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_InspectionInspectors_InspectionId_PersonId",
            table: "InspectionInspectors",
            columns: ["InspectionId", "PersonId"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_InspectionInspectors_PersonId",
            table: "InspectionInspectors",
            column: "PersonId");

        migrationBuilder.CreateIndex(
            name: "IX_Inspections_DistrictId",
            table: "Inspections",
            column: "DistrictId");

        migrationBuilder.CreateIndex(
            name: "IX_Inspections_InspectedOrganizationId",
            table: "Inspections",
            column: "InspectedOrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_Inspections_InspectedSiteId",
            table: "Inspections",
            column: "InspectedSiteId");

        migrationBuilder.CreateIndex(
            name: "IX_Inspections_InspectingOrganizationId",
            table: "Inspections",
            column: "InspectingOrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_Inspections_PlannedAt_Id",
            table: "Inspections",
            columns: ["PlannedAt", "Id"]);

        migrationBuilder.CreateIndex(
            name: "IX_Inspections_TitleNormalized",
            table: "Inspections",
            column: "TitleNormalized");

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
            name: "IX_Organizations_DistrictId",
            table: "Organizations",
            column: "DistrictId");

        migrationBuilder.CreateIndex(
            name: "IX_Organizations_NameNormalized",
            table: "Organizations",
            column: "NameNormalized");

        migrationBuilder.CreateIndex(
            name: "IX_Organizations_ParentId",
            table: "Organizations",
            column: "ParentId");

        migrationBuilder.CreateIndex(
            name: "IX_Partnerships_DistrictId",
            table: "Partnerships",
            column: "DistrictId");

        migrationBuilder.CreateIndex(
            name: "IX_Partnerships_OrganizationId",
            table: "Partnerships",
            column: "OrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_People_FullNameNormalized",
            table: "People",
            column: "FullNameNormalized");

        migrationBuilder.CreateIndex(
            name: "IX_People_OrganizationId",
            table: "People",
            column: "OrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_Sites_DistrictId",
            table: "Sites",
            column: "DistrictId");

        migrationBuilder.CreateIndex(
            name: "IX_Sites_NameNormalized",
            table: "Sites",
            column: "NameNormalized");

        migrationBuilder.CreateIndex(
            name: "IX_Sites_OrganizationId",
            table: "Sites",
            column: "OrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_SiteVisits_MeetingId",
            table: "SiteVisits",
            column: "MeetingId");

        migrationBuilder.CreateIndex(
            name: "IX_SiteVisits_SiteId",
            table: "SiteVisits",
            column: "SiteId");

        migrationBuilder.CreateIndex(
            name: "IX_WorkingGroupMembers_OrganizationId",
            table: "WorkingGroupMembers",
            column: "OrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_WorkingGroupMembers_PersonId",
            table: "WorkingGroupMembers",
            column: "PersonId");

        migrationBuilder.CreateIndex(
            name: "IX_WorkingGroupMembers_WorkingGroupId",
            table: "WorkingGroupMembers",
            column: "WorkingGroupId");

        migrationBuilder.CreateIndex(
            name: "IX_WorkingGroups_DistrictId",
            table: "WorkingGroups",
            column: "DistrictId");

        migrationBuilder.CreateIndex(
            name: "IX_WorkingGroups_FormedByDecisionId",
            table: "WorkingGroups",
            column: "FormedByDecisionId");

        migrationBuilder.CreateIndex(
            name: "IX_WorkingGroups_NameNormalized",
            table: "WorkingGroups",
            column: "NameNormalized");

        migrationBuilder.CreateIndex(
            name: "IX_WorkingGroups_PartnerOrganizationId",
            table: "WorkingGroups",
            column: "PartnerOrganizationId");

        migrationBuilder.AddForeignKey(
            name: "FK_Meetings_WorkingGroups_WorkingGroupId",
            table: "Meetings",
            column: "WorkingGroupId",
            principalTable: "WorkingGroups",
            principalColumn: "Id",
            onDelete: ReferentialAction.Restrict);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.DropForeignKey(
            name: "FK_Meetings_WorkingGroups_WorkingGroupId",
            table: "Meetings");

        migrationBuilder.DropTable(name: "AuditEntries");
        migrationBuilder.DropTable(name: "IdempotencyRecords");
        migrationBuilder.DropTable(name: "ApiKeys");
        migrationBuilder.DropTable(name: "FindingHistory");
        migrationBuilder.DropTable(name: "Findings");
        migrationBuilder.DropTable(name: "InspectionInspectors");
        migrationBuilder.DropTable(name: "Inspections");
        migrationBuilder.DropTable(name: "WorkingGroupMembers");
        migrationBuilder.DropTable(name: "WorkingGroups");
        migrationBuilder.DropTable(name: "DecisionOwners");
        migrationBuilder.DropTable(name: "Decisions");
        migrationBuilder.DropTable(name: "MinutesSections");
        migrationBuilder.DropTable(name: "Minutes");
        migrationBuilder.DropTable(name: "MeetingTags");
        migrationBuilder.DropTable(name: "SiteVisits");
        migrationBuilder.DropTable(name: "MeetingAttendees");
        migrationBuilder.DropTable(name: "AgendaItems");
        migrationBuilder.DropTable(name: "MeetingDistricts");
        migrationBuilder.DropTable(name: "Meetings");
        migrationBuilder.DropTable(name: "Sites");
        migrationBuilder.DropTable(name: "People");
        migrationBuilder.DropTable(name: "Partnerships");
        migrationBuilder.DropTable(name: "Organizations");
        migrationBuilder.DropTable(name: "Districts");
    }
}
