using SteeringDashboard.Core.Files;
using SteeringDashboard.Web.Files;

namespace SteeringDashboard.Web.Tests.Files;

public sealed class ChosenFileSizesTests
{
    /// <summary>A store that takes files of up to 10 bytes, 25 bytes together.</summary>
    private static readonly FileStore Store = new(new FileStoreOptions { MaxBytes = 10, MaxTotalBytes = 25 });

    [Fact]
    public void FilesWithinBothLimitsMayBeRead()
    {
        Assert.Equal([null, null, null], Store.CheckChosenSizes([10, 10, 5]));
    }

    [Fact]
    public void AFileOverTheLimitForOneIsTooLargeAndDoesNotCountTowardsTheTotal()
    {
        Assert.Equal([null, ChosenFileProblem.TooLarge, null, null], Store.CheckChosenSizes([10, 11, 10, 5]));
    }

    [Fact]
    public void TheFileThatWouldPassTheTotalIsRefusedAndASmallerOneAfterItStillFits()
    {
        Assert.Equal([null, null, ChosenFileProblem.TotalTooLarge, null], Store.CheckChosenSizes([10, 10, 6, 5]));
    }

    [Fact]
    public void TheFilesChosenBeforeCountTowardsTheTotal()
    {
        Assert.Equal([ChosenFileProblem.TotalTooLarge, null], Store.CheckChosenSizes([10, 5], alreadyChosen: 20));
    }
}
