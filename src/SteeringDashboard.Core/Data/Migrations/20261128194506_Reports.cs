using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SteeringDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CutoffDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportTypes", x => x.Id);
                    table.CheckConstraint("CK_ReportTypes_Cutoff", "PeriodEnd <= CutoffDate AND CutoffDate <= DueDate");
                    table.CheckConstraint("CK_ReportTypes_Period", "PeriodStart <= PeriodEnd");
                    table.ForeignKey(
                        name: "FK_ReportTypes_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExpectedReports",
                columns: table => new
                {
                    ReportTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpectedReports", x => new { x.ReportTypeId, x.UnitId });
                    table.ForeignKey(
                        name: "FK_ExpectedReports_ReportTypes_ReportTypeId",
                        column: x => x.ReportTypeId,
                        principalTable: "ReportTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExpectedReports_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportTypeIndicators",
                columns: table => new
                {
                    ReportTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportTypeIndicators", x => new { x.ReportTypeId, x.IndicatorId });
                    table.ForeignKey(
                        name: "FK_ReportTypeIndicators_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportTypeIndicators_ReportTypes_ReportTypeId",
                        column: x => x.ReportTypeId,
                        principalTable: "ReportTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitReports", x => x.Id);
                    table.CheckConstraint("CK_UnitReports_ReturnReason", "(State = 2 AND ReturnReason IS NOT NULL AND length(ReturnReason) BETWEEN 1 AND 1000) OR (State = 1 AND ReturnReason IS NULL)");
                    table.CheckConstraint("CK_UnitReports_State", "State BETWEEN 1 AND 2");
                    table.CheckConstraint("CK_UnitReports_Summary", "length(Summary) BETWEEN 1 AND 4000");
                    table.ForeignKey(
                        name: "FK_UnitReports_ExpectedReports_ReportTypeId_UnitId",
                        columns: x => new { x.ReportTypeId, x.UnitId },
                        principalTable: "ExpectedReports",
                        principalColumns: new[] { "ReportTypeId", "UnitId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitReports_ReportTypes_ReportTypeId",
                        column: x => x.ReportTypeId,
                        principalTable: "ReportTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitReportFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitReportFigures", x => x.Id);
                    table.CheckConstraint("CK_UnitReportFigures_Value", "Value >= 0");
                    table.ForeignKey(
                        name: "FK_UnitReportFigures_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitReportFigures_UnitReports_UnitReportId",
                        column: x => x.UnitReportId,
                        principalTable: "UnitReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitReportHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Change = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Figures = table.Column<string>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitReportHistory", x => x.Id);
                    table.CheckConstraint("CK_UnitReportHistory_Change", "Change BETWEEN 1 AND 3");
                    table.CheckConstraint("CK_UnitReportHistory_Content", "(Change = 3 AND Reason IS NOT NULL AND Summary IS NULL) OR (Change <> 3 AND Reason IS NULL AND Summary IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_UnitReportHistory_UnitReports_UnitReportId",
                        column: x => x.UnitReportId,
                        principalTable: "UnitReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExpectedReports_UnitId",
                table: "ExpectedReports",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportTypeIndicators_IndicatorId",
                table: "ReportTypeIndicators",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportTypes_PlanId_Code",
                table: "ReportTypes",
                columns: new[] { "PlanId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitReportFigures_IndicatorId",
                table: "UnitReportFigures",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitReportFigures_UnitReportId_IndicatorId",
                table: "UnitReportFigures",
                columns: new[] { "UnitReportId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitReportHistory_UnitReportId_ChangedAtUtc",
                table: "UnitReportHistory",
                columns: new[] { "UnitReportId", "ChangedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitReports_ReportTypeId_UnitId",
                table: "UnitReports",
                columns: new[] { "ReportTypeId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitReports_UnitId",
                table: "UnitReports",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportTypeIndicators");

            migrationBuilder.DropTable(
                name: "UnitReportFigures");

            migrationBuilder.DropTable(
                name: "UnitReportHistory");

            migrationBuilder.DropTable(
                name: "UnitReports");

            migrationBuilder.DropTable(
                name: "ExpectedReports");

            migrationBuilder.DropTable(
                name: "ReportTypes");
        }
    }
}
