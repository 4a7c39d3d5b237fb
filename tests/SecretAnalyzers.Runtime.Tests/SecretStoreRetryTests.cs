using System;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime.Tests;

/// <summary>The public retry loop every store (the AWS ones included) uses for throttled backends.</summary>
public class SecretStoreRetryTests
{
    private static readonly SecretRetryOptions Fast = new() { MaxAttempts = 3, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };

    [Fact]
    public async Task RetriesWhileThrottledThenReturnsTheResult()
    {
        var calls = 0;

        var result = await SecretStoreRetry.ExecuteAsync(
            _ => ++calls < 3 ? throw new TimeoutException("throttled") : Task.FromResult("ok"),
            ex => ex is TimeoutException,
            Fast,
            CancellationToken.None);

        Assert.Equal("ok", result);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task GivesUpAfterMaxAttemptsWithTheBackendsOwnFailure()
    {
        var calls = 0;

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => SecretStoreRetry.ExecuteAsync<string>(
            _ => { calls++; throw new TimeoutException("throttled " + calls); },
            ex => ex is TimeoutException,
            Fast,
            CancellationToken.None));

        Assert.Equal(3, calls);
        Assert.Equal("throttled 3", exception.Message);
    }

    [Fact]
    public async Task OtherFailuresAreNotRetried()
    {
        var calls = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => SecretStoreRetry.ExecuteAsync<string>(
            _ => { calls++; throw new InvalidOperationException(); },
            ex => ex is TimeoutException,
            Fast,
            CancellationToken.None));

        Assert.Equal(1, calls);
    }
}
