using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SteeringDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorUnitKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndicatorUnitKinds",
                columns: table => new
                {
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorUnitKinds", x => new { x.IndicatorId, x.Kind });
                    table.ForeignKey(
                        name: "FK_IndicatorUnitKinds_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The seeded indicators' unit kinds (Seed/ReferenceIndicators.AppliesTo) for a database seeded before this
            // migration; on a new database the table is still empty here and the seed writes them.
            migrationBuilder.Sql("""
                WITH k(Code, Kind) AS (VALUES
                ('COMM_SESSIONS', 1),
                ('COMM_SESSIONS', 2),
                ('COMM_SESSIONS', 3),
                ('COMM_SESSIONS', 4),
                ('COMM_PEOPLE', 1),
                ('COMM_PEOPLE', 2),
                ('COMM_PEOPLE', 3),
                ('COMM_PEOPLE', 4),
                ('COMM_PANELS', 1),
                ('COMM_PANELS', 2),
                ('COMM_PANELS', 3),
                ('COMM_MEDIA', 1),
                ('COMM_MEDIA', 2),
                ('COMM_MEDIA', 3),
                ('COMM_MEDIA', 4),
                ('COMM_LOUDSPEAKER', 1),
                ('COMM_LOUDSPEAKER', 2),
                ('COMM_LOUDSPEAKER', 3),
                ('COMM_LEAFLETS', 1),
                ('COMM_LEAFLETS', 2),
                ('COMM_LEAFLETS', 3),
                ('COMM_LEAFLETS', 4),
                ('ENF_TIPS_RECEIVED', 1),
                ('ENF_TIPS_RECEIVED', 2),
                ('ENF_TIPS_RECEIVED', 3),
                ('ENF_TIPS_RECEIVED', 4),
                ('ENF_TIPS_RECEIVED', 5),
                ('ENF_TIPS_RESOLVED', 1),
                ('ENF_TIPS_RESOLVED', 2),
                ('ENF_TIPS_RESOLVED', 3),
                ('ENF_TIPS_RESOLVED', 5),
                ('ENF_CASES_DETECTED', 1),
                ('ENF_CASES_DETECTED', 2),
                ('ENF_CASES_DETECTED', 3),
                ('ENF_CASES_DETECTED', 5),
                ('ENF_SUSPECTS_ARRESTED', 1),
                ('ENF_SUSPECTS_ARRESTED', 2),
                ('ENF_SUSPECTS_ARRESTED', 3),
                ('ENF_SUSPECTS_ARRESTED', 5),
                ('ENF_CASES_PROSECUTED', 4),
                ('ENF_DEFENDANTS_PROSECUTED', 4),
                ('ENF_CASES_TRIED', 4),
                ('ENF_DEFENDANTS_TRIED', 4),
                ('VIC_RESCUED', 1),
                ('VIC_RESCUED', 2),
                ('VIC_RESCUED', 3),
                ('VIC_RESCUED', 5),
                ('VIC_RECEIVED', 1),
                ('VIC_RECEIVED', 2),
                ('VIC_RECEIVED', 3),
                ('VIC_SUPPORTED', 1),
                ('VIC_SUPPORTED', 2),
                ('VIC_SUPPORTED', 3),
                ('VIC_SUPPORTED', 4),
                ('VIC_REINTEGRATED', 1),
                ('VIC_REINTEGRATED', 2),
                ('VIC_REINTEGRATED', 3),
                ('VIC_REINTEGRATED', 4),
                ('INT_CHINA_CASES', 5),
                ('INT_LAOS_CASES', 5),
                ('INT_REQUESTS', 4),
                ('INT_REQUESTS', 5),
                ('DRUG_CASES', 1),
                ('DRUG_CASES', 2),
                ('DRUG_CASES', 3),
                ('DRUG_CASES', 5),
                ('DRUG_OFFENDERS', 1),
                ('DRUG_OFFENDERS', 2),
                ('DRUG_OFFENDERS', 3),
                ('DRUG_OFFENDERS', 5),
                ('CRIME_DETECTED', 1),
                ('CRIME_DETECTED', 2),
                ('CRIME_DETECTED', 3),
                ('CRIME_DETECTED', 5),
                ('CRIME_SOLVED', 1),
                ('CRIME_SOLVED', 2),
                ('CRIME_SOLVED', 3),
                ('CRIME_SOLVED', 5))
                INSERT INTO IndicatorUnitKinds (IndicatorId, Kind)
                SELECT i.Id, k.Kind FROM Indicators i JOIN k ON k.Code = i.Code;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorUnitKinds");
        }
    }
}
