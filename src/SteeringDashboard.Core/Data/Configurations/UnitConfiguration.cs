using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(40);
        builder.Property(u => u.NameVi).HasMaxLength(200);
        builder.Property(u => u.NameEn).HasMaxLength(200);
        builder.Property(u => u.ContactPerson).HasMaxLength(UnitContact.PersonMaxLength);
        builder.Property(u => u.ContactPhone).HasMaxLength(UnitContact.PhoneMaxLength);
        builder.Property(u => u.ContactEmail).HasMaxLength(UnitContact.EmailMaxLength);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_Units_Kind", "Kind BETWEEN 1 AND 5"));
    }
}
