using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SteeringDashboard.Core.Reports;

namespace SteeringDashboard.Core.Data.Configurations;

internal sealed class ReportTypeConfiguration : IEntityTypeConfiguration<ReportType>
{
    public void Configure(EntityTypeBuilder<ReportType> builder)
    {
        builder.Property(r => r.Code).HasMaxLength(40);
        builder.Property(r => r.NameVi).HasMaxLength(300);
        builder.Property(r => r.NameEn).HasMaxLength(300);
        builder.HasIndex(r => new { r.PlanId, r.Code }).IsUnique();
        builder.HasOne(r => r.Plan).WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_ReportTypes_Period", "PeriodStart <= PeriodEnd");
            t.HasCheckConstraint("CK_ReportTypes_Cutoff", "PeriodEnd <= CutoffDate AND CutoffDate <= DueDate");
        });
    }
}

internal sealed class ReportTypeIndicatorConfiguration : IEntityTypeConfiguration<ReportTypeIndicator>
{
    public void Configure(EntityTypeBuilder<ReportTypeIndicator> builder)
    {
        builder.HasKey(i => new { i.ReportTypeId, i.IndicatorId });
        builder.HasOne<ReportType>().WithMany(r => r.Indicators).HasForeignKey(i => i.ReportTypeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Indicator).WithMany().HasForeignKey(i => i.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExpectedReportConfiguration : IEntityTypeConfiguration<ExpectedReport>
{
    public void Configure(EntityTypeBuilder<ExpectedReport> builder)
    {
        builder.HasKey(e => new { e.ReportTypeId, e.UnitId });
        builder.HasIndex(e => e.UnitId);
        builder.HasOne(e => e.ReportType).WithMany(r => r.ExpectedReports).HasForeignKey(e => e.ReportTypeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Unit).WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UnitReportConfiguration : IEntityTypeConfiguration<UnitReport>
{
    public void Configure(EntityTypeBuilder<UnitReport> builder)
    {
        builder.Property(r => r.Summary).HasMaxLength(UnitReport.SummaryMaxLength);
        builder.Property(r => r.SubmittedBy).HasMaxLength(200);
        builder.Property(r => r.ReturnReason).HasMaxLength(UnitReport.ReturnReasonMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.ReportTypeId, r.UnitId }).IsUnique();
        builder.HasIndex(r => r.UnitId);
        builder.HasOne(r => r.ReportType).WithMany().HasForeignKey(r => r.ReportTypeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ExpectedReport>().WithOne().HasForeignKey<UnitReport>(r => new { r.ReportTypeId, r.UnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_UnitReports_State", "State BETWEEN 1 AND 2");
            t.HasCheckConstraint("CK_UnitReports_Summary", $"length(Summary) BETWEEN 1 AND {UnitReport.SummaryMaxLength}");
            t.HasCheckConstraint(
                "CK_UnitReports_ReturnReason",
                $"(State = 2 AND ReturnReason IS NOT NULL AND length(ReturnReason) BETWEEN 1 AND {UnitReport.ReturnReasonMaxLength}) OR (State = 1 AND ReturnReason IS NULL)");
        });
    }
}

internal sealed class UnitReportFigureConfiguration : IEntityTypeConfiguration<UnitReportFigure>
{
    public void Configure(EntityTypeBuilder<UnitReportFigure> builder)
    {
        builder.HasIndex(f => new { f.UnitReportId, f.IndicatorId }).IsUnique();
        builder.HasOne<UnitReport>().WithMany(r => r.Figures).HasForeignKey(f => f.UnitReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Indicator).WithMany().HasForeignKey(f => f.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_UnitReportFigures_Value", "Value >= 0"));
    }
}

internal sealed class UnitReportHistoryConfiguration : IEntityTypeConfiguration<UnitReportHistory>
{
    public void Configure(EntityTypeBuilder<UnitReportHistory> builder)
    {
        builder.Property(h => h.ChangedBy).HasMaxLength(200);
        builder.Property(h => h.Summary).HasMaxLength(UnitReport.SummaryMaxLength);
        builder.Property(h => h.Reason).HasMaxLength(UnitReport.ReturnReasonMaxLength);
        builder.HasIndex(h => new { h.UnitReportId, h.ChangedAtUtc });
        builder.HasOne(h => h.UnitReport).WithMany(r => r.History).HasForeignKey(h => h.UnitReportId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_UnitReportHistory_Change", "Change BETWEEN 1 AND 3");
            t.HasCheckConstraint(
                "CK_UnitReportHistory_Content",
                "(Change = 3 AND Reason IS NOT NULL AND Summary IS NULL) OR (Change <> 3 AND Reason IS NULL AND Summary IS NOT NULL)");
        });
    }
}

internal sealed class UnitReportAttachmentConfiguration : IEntityTypeConfiguration<UnitReportAttachment>
{
    public void Configure(EntityTypeBuilder<UnitReportAttachment> builder)
    {
        builder.ConfigureStoredFile("CK_UnitReportAttachments_Size");
        builder.HasIndex(a => a.UnitReportId);
        builder.HasOne(a => a.UnitReport).WithMany(r => r.Attachments).HasForeignKey(a => a.UnitReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.AddedIn).WithMany().HasForeignKey(a => a.AddedInHistoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.RemovedIn).WithMany().HasForeignKey(a => a.RemovedInHistoryId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_UnitReportAttachments_Removed", "RemovedInHistoryId IS NULL OR RemovedInHistoryId > AddedInHistoryId"));
    }
}
