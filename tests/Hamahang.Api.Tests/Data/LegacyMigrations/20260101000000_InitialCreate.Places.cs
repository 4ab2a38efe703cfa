using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hamahang.Api.Tests.Data.LegacyMigrations;

public sealed partial class InitialCreate
{
    // Districts, organizations and their partnerships, people, crisis capacity sites.
    private static void CreatePlaces(MigrationBuilder migrationBuilder)
    {
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
    }
}
