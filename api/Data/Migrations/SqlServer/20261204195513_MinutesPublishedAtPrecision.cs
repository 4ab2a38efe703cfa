using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hamahang.Api.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MinutesPublishedAtPrecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublishedAtPrecision",
                table: "Minutes",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Time");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublishedAtPrecision",
                table: "Minutes");
        }
    }
}
