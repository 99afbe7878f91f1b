using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SteeringDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UnitReportAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedInHistoryId = table.Column<long>(type: "INTEGER", nullable: false),
                    RemovedInHistoryId = table.Column<long>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitReportAttachments", x => x.Id);
                    table.CheckConstraint("CK_UnitReportAttachments_Removed", "RemovedInHistoryId IS NULL OR RemovedInHistoryId > AddedInHistoryId");
                    table.CheckConstraint("CK_UnitReportAttachments_Size", "SizeBytes > 0");
                    table.ForeignKey(
                        name: "FK_UnitReportAttachments_UnitReportHistory_AddedInHistoryId",
                        column: x => x.AddedInHistoryId,
                        principalTable: "UnitReportHistory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UnitReportAttachments_UnitReportHistory_RemovedInHistoryId",
                        column: x => x.RemovedInHistoryId,
                        principalTable: "UnitReportHistory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UnitReportAttachments_UnitReports_UnitReportId",
                        column: x => x.UnitReportId,
                        principalTable: "UnitReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UnitReportAttachments_AddedInHistoryId",
                table: "UnitReportAttachments",
                column: "AddedInHistoryId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitReportAttachments_RemovedInHistoryId",
                table: "UnitReportAttachments",
                column: "RemovedInHistoryId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitReportAttachments_StoredName",
                table: "UnitReportAttachments",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitReportAttachments_UnitReportId",
                table: "UnitReportAttachments",
                column: "UnitReportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UnitReportAttachments");
        }
    }
}
