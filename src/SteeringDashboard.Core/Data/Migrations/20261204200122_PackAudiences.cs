using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SteeringDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PackAudiences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Versions frozen before now have no stored figures: they are read as the public version (PackAudience.Public).
            migrationBuilder.AddColumn<int>(
                name: "Audience",
                table: "PackVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "FiguresJson",
                table: "PackVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "CK_PackVersions_Audience",
                table: "PackVersions",
                sql: "Audience IN (1, 2)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_PackVersions_Audience",
                table: "PackVersions");

            migrationBuilder.DropColumn(
                name: "Audience",
                table: "PackVersions");

            migrationBuilder.DropColumn(
                name: "FiguresJson",
                table: "PackVersions");
        }
    }
}
