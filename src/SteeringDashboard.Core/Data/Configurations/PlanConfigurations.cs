using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SteeringDashboard.Core.Plans;

namespace SteeringDashboard.Core.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.Property(p => p.Number).HasMaxLength(40);
        builder.Property(p => p.TitleVi).HasMaxLength(400);
        builder.Property(p => p.TitleEn).HasMaxLength(400);
        builder.Property(p => p.DayDateNoteVi).HasMaxLength(400);
        builder.Property(p => p.DayDateNoteEn).HasMaxLength(400);
        builder.HasIndex(p => new { p.Year, p.Number }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_Plans_Period", "PeriodStart <= PeriodEnd"));
    }
}

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.Property(p => p.NameVi).HasMaxLength(200);
        builder.Property(p => p.NameEn).HasMaxLength(200);
        builder.HasIndex(p => p.Code).IsUnique();
    }
}

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.Property(t => t.TextVi).HasMaxLength(2000);
        builder.Property(t => t.TextEn).HasMaxLength(2000);
        builder.HasIndex(t => new { t.PlanId, t.Number }).IsUnique();
        builder.HasOne(t => t.Plan).WithMany(p => p.Tasks).HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Programme).WithMany().HasForeignKey(t => t.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.LeadUnit).WithMany().HasForeignKey(t => t.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.CooperatingUnits).WithOne().HasForeignKey(c => c.PlanTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_PlanTasks_Dates", "StartDate <= DueDate");
            t.HasCheckConstraint("CK_PlanTasks_Number", "Number > 0");
        });
    }
}

internal sealed class PlanTaskCooperatingUnitConfiguration : IEntityTypeConfiguration<PlanTaskCooperatingUnit>
{
    public void Configure(EntityTypeBuilder<PlanTaskCooperatingUnit> builder)
    {
        builder.HasKey(c => new { c.PlanTaskId, c.UnitId });
        builder.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
