using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SteeringDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class FigureAuthors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "IndicatorValues",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "IndicatorValues");
        }
    }
}
