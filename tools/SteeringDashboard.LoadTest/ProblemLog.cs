using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SteeringDashboard.LoadTest;

/// <summary>
/// Keeps the warnings and errors the SignalR client logs (a message whose arguments did not bind, a dropped connection),
/// so that a run says why a circuit stopped instead of only counting it as missed.
/// </summary>
public sealed class ProblemLog : ILoggerProvider
{
    private const int Kept = 20;
    private readonly ConcurrentQueue<string> _problems = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public IReadOnlyCollection<string> First => _problems;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string problem)
    {
        if (Interlocked.Increment(ref _count) <= Kept)
        {
            _problems.Enqueue(problem);
        }
    }

    private sealed class Logger(ProblemLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Add($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? string.Empty : " " + exception.Message)}");
            }
        }
    }
}
