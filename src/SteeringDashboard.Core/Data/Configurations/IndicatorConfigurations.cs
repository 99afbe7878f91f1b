using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SteeringDashboard.Core.Indicators;

namespace SteeringDashboard.Core.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(60);
        builder.Property(i => i.NameVi).HasMaxLength(300);
        builder.Property(i => i.NameEn).HasMaxLength(300);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.HasOne(i => i.Programme).WithMany().HasForeignKey(i => i.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.UnitKinds).WithOne().HasForeignKey(k => k.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorUnitKindConfiguration : IEntityTypeConfiguration<IndicatorUnitKind>
{
    public void Configure(EntityTypeBuilder<IndicatorUnitKind> builder) => builder.HasKey(k => new { k.IndicatorId, k.Kind });
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.HasIndex(v => new { v.IndicatorId, v.UnitId, v.Year, v.Month }).IsUnique();
        builder.HasIndex(v => new { v.UnitId, v.Year, v.Month });

        // Totals per indicator over a period read only this index (it covers them), and the last month with figures is one search.
        builder.HasIndex(v => new { v.IndicatorId, v.Year, v.Month, v.UnitId, v.Value });
        builder.HasIndex(v => new { v.Year, v.Month });
        builder.HasOne(v => v.Indicator).WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Property(v => v.UpdatedBy).HasMaxLength(200);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_IndicatorValues_Value", "Value >= 0");
            t.HasCheckConstraint("CK_IndicatorValues_Month", "Month BETWEEN 1 AND 12");
        });
    }
}

internal sealed class IndicatorValueChangeConfiguration : IEntityTypeConfiguration<IndicatorValueChange>
{
    public void Configure(EntityTypeBuilder<IndicatorValueChange> builder)
    {
        builder.HasIndex(c => new { c.UnitId, c.IndicatorId, c.Year, c.Month, c.ChangedAtUtc });
        builder.HasOne<Indicator>().WithMany().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.ChangedBy).HasMaxLength(200);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
    }
}
