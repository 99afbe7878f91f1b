using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Data.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.Property(c => c.NameVi).HasMaxLength(300);
        builder.Property(c => c.NameEn).HasMaxLength(300);
        builder.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Programme).WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.LeadUnit).WithMany().HasForeignKey(c => c.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Participants).WithOne().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Targets).WithOne().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Results).WithOne().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_Campaigns_Period", "StartDate <= EndDate"));
    }
}

internal sealed class CampaignUnitConfiguration : IEntityTypeConfiguration<CampaignUnit>
{
    public void Configure(EntityTypeBuilder<CampaignUnit> builder)
    {
        builder.HasKey(p => new { p.CampaignId, p.UnitId });
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CampaignTargetConfiguration : IEntityTypeConfiguration<CampaignTarget>
{
    public void Configure(EntityTypeBuilder<CampaignTarget> builder)
    {
        builder.HasKey(t => new { t.CampaignId, t.IndicatorId });
        builder.HasOne<Indicator>().WithMany().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_CampaignTargets_Target", "Target >= 0"));
    }
}

internal sealed class CampaignResultConfiguration : IEntityTypeConfiguration<CampaignResult>
{
    public void Configure(EntityTypeBuilder<CampaignResult> builder)
    {
        builder.HasIndex(r => new { r.CampaignId, r.UnitId, r.IndicatorId }).IsUnique();
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.UpdatedBy).HasMaxLength(200);
        builder.ToTable(t => t.HasCheckConstraint("CK_CampaignResults_Value", "Value >= 0"));
    }
}

internal sealed class CampaignResultHistoryConfiguration : IEntityTypeConfiguration<CampaignResultHistory>
{
    public void Configure(EntityTypeBuilder<CampaignResultHistory> builder)
    {
        builder.Property(h => h.ChangedBy).HasMaxLength(200);
        builder.HasIndex(h => h.CampaignResultId);
        builder.HasOne<CampaignResult>().WithMany().HasForeignKey(h => h.CampaignResultId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_CampaignResultHistory_Value", "NewValue >= 0 AND (OldValue IS NULL OR OldValue >= 0)"));
    }
}
