using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SteeringDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class FigureHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndicatorValueChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    OldValue = table.Column<int>(type: "INTEGER", nullable: true),
                    NewValue = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValueChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValueChanges_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorValueChanges_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValueChanges_IndicatorId",
                table: "IndicatorValueChanges",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValueChanges_UnitId_IndicatorId_Year_Month_ChangedAtUtc",
                table: "IndicatorValueChanges",
                columns: new[] { "UnitId", "IndicatorId", "Year", "Month", "ChangedAtUtc" });

            migrationBuilder.Sql(
                "CREATE TRIGGER IndicatorValueChanges_AppendOnly_Update BEFORE UPDATE ON IndicatorValueChanges " +
                "BEGIN SELECT RAISE(ABORT, 'The history of figures is append-only'); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER IndicatorValueChanges_AppendOnly_Delete BEFORE DELETE ON IndicatorValueChanges " +
                "BEGIN SELECT RAISE(ABORT, 'The history of figures is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IndicatorValueChanges_AppendOnly_Update;");
            migrationBuilder.Sql("DROP TRIGGER IndicatorValueChanges_AppendOnly_Delete;");

            migrationBuilder.DropTable(
                name: "IndicatorValueChanges");
        }
    }
}
