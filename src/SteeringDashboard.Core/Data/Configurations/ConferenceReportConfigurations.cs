using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Core.Data.Configurations;

internal sealed class ConferenceReportSectionConfiguration : IEntityTypeConfiguration<ConferenceReportSection>
{
    public void Configure(EntityTypeBuilder<ConferenceReportSection> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(40);
        builder.Property(s => s.Text).HasMaxLength(ConferenceReportSection.TextMaxLength);
        builder.Property(s => s.UpdatedBy).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.ConferenceId, s.Key }).IsUnique();
        builder.HasOne(s => s.Conference).WithMany().HasForeignKey(s => s.ConferenceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PackVersionConfiguration : IEntityTypeConfiguration<PackVersion>
{
    public void Configure(EntityTypeBuilder<PackVersion> builder)
    {
        builder.Property(p => p.FrozenBy).HasMaxLength(200);
        builder.HasIndex(p => new { p.ConferenceId, p.Number }).IsUnique();
        builder.HasOne(p => p.Conference).WithMany().HasForeignKey(p => p.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_PackVersions_Number", "Number >= 1");
            t.HasCheckConstraint("CK_PackVersions_Audience", "Audience IN (1, 2)");
        });
    }
}
