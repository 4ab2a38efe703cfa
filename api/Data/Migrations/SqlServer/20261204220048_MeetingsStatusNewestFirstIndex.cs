using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hamahang.Api.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MeetingsStatusNewestFirstIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Meetings_Status_StartsAtDescending_Id",
                table: "Meetings",
                columns: new[] { "Status", "StartsAt", "Id" },
                descending: new[] { false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Meetings_Status_StartsAtDescending_Id",
                table: "Meetings");
        }
    }
}
