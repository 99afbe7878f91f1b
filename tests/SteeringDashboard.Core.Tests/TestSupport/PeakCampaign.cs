using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Tests.TestSupport;

/// <summary>
/// The peak campaign of June and July 2018 that the campaign tests add to a small plan, under its first programme; each test
/// says who leads it, who takes part, its targets and any results.
/// </summary>
internal static class PeakCampaign
{
    public static async Task<Campaign> NewAsync(SteeringDbContext db, int planId, int leadUnitId, CancellationToken cancellationToken) => new()
    {
        PlanId = planId,
        NameVi = "Đợt cao điểm",
        NameEn = "Peak campaign",
        ProgrammeId = await db.Programmes.Select(p => p.Id).FirstAsync(cancellationToken),
        StartDate = new DateOnly(2018, 6, 1),
        EndDate = new DateOnly(2018, 7, 31),
        LeadUnitId = leadUnitId,
    };
}
