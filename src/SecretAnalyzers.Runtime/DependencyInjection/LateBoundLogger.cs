using System;
using Microsoft.Extensions.Logging;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// The cache's logger when the cache is built before the container (AddSecretProvider builds at once): silent until
/// the container resolves the provider, then forwards to the container's <see cref="ILoggerFactory"/>.
/// </summary>
internal sealed class LateBoundLogger : ILogger
{
    private readonly string _category;
    private volatile ILogger? _target;

    public LateBoundLogger(string category)
    {
        _category = category;
    }

    public void Bind(ILoggerFactory? factory)
    {
        if (factory is not null)
        {
            _target ??= factory.CreateLogger(_category);
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull =>
        _target?.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => _target?.IsEnabled(logLevel) ?? false;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _target?.Log(logLevel, eventId, state, exception, formatter);
}
