using System;
using Microsoft.Extensions.Logging;

namespace SecretAnalyzers.Runtime.Tests;

/// <summary>A logger whose every write throws, as a misconfigured sink can.</summary>
internal sealed class ThrowingLogger : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        throw new InvalidOperationException("the log sink is down");
}
