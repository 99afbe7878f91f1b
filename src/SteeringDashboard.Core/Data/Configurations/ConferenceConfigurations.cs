using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Core.Data.Configurations;

internal sealed class ConferenceConfiguration : IEntityTypeConfiguration<Conference>
{
    public void Configure(EntityTypeBuilder<Conference> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(Conference.TitleMaxLength);
        builder.Property(c => c.Venue).HasMaxLength(Conference.VenueMaxLength);
        builder.Property(c => c.Chair).HasMaxLength(Conference.ChairMaxLength);
        builder.Property(c => c.UpdatedBy).HasMaxLength(200);
        builder.HasIndex(c => c.PlanId);
        builder.HasOne(c => c.Plan).WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Conferences_Period", "PeriodStart <= PeriodEnd");
            t.HasCheckConstraint("CK_Conferences_Title", "length(trim(Title)) > 0");
        });
    }
}
