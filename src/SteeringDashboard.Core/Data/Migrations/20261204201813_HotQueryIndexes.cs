using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SteeringDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class HotQueryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_IndicatorId_Year_Month_UnitId_Value",
                table: "IndicatorValues",
                columns: new[] { "IndicatorId", "Year", "Month", "UnitId", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_Year_Month",
                table: "IndicatorValues",
                columns: new[] { "Year", "Month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IndicatorValues_IndicatorId_Year_Month_UnitId_Value",
                table: "IndicatorValues");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorValues_Year_Month",
                table: "IndicatorValues");
        }
    }
}
