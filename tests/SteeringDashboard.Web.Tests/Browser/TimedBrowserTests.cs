namespace SteeringDashboard.Web.Tests.Browser;

/// <summary>
/// Browser tests that hold the app to a time bound run in this collection, after the others and alone, so that the
/// bound measures the app rather than the load of other test classes on the same cores.
/// </summary>
[CollectionDefinition(nameof(TimedBrowserTests), DisableParallelization = true)]
public sealed class TimedBrowserTests;
