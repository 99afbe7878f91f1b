using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// A short job run in this process (the shared machine takes minutes to build BenchmarkDotNet's separate project), with one
// operation per iteration so that P95 is over operations.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithIterationCount(15).WithInvocationCount(1).WithUnrollFactor(1).WithToolchain(InProcessEmitToolchain.Instance))
    .AddColumn(StatisticColumn.P95)
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(SteeringDashboard.Benchmarks.HotQueryBenchmarks).Assembly).Run(args, config);
