using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
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
            reference: null,
            CancellationToken.None);

        Assert.Equal("ok", result);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task GivesUpAfterMaxAttemptsWithTheLastFailureInside()
    {
        var calls = 0;
        var reference = new SecretReference(SecretSource.ParameterStore, "/app/db");

        var exception = await Assert.ThrowsAsync<SecretStoreThrottledException>(() => SecretStoreRetry.ExecuteAsync<string>(
            _ => { calls++; throw new TimeoutException("throttled"); },
            ex => ex is TimeoutException,
            Fast,
            reference,
            CancellationToken.None));

        Assert.Equal(3, calls);
        Assert.Equal(3, exception.Attempts);
        Assert.IsType<TimeoutException>(exception.InnerException);
    }

    [Fact]
    public async Task OtherFailuresAreNotRetried()
    {
        var calls = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => SecretStoreRetry.ExecuteAsync<string>(
            _ => { calls++; throw new InvalidOperationException(); },
            ex => ex is TimeoutException,
            Fast,
            reference: null,
            CancellationToken.None));

        Assert.Equal(1, calls);
    }

    [Fact]
    public void RuntimeGrantsNoInternalsToTheAwsPackage()
    {
        var grants = typeof(SecretStoreRetry).Assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName);

        Assert.DoesNotContain("SecretAnalyzers.Runtime.Aws", grants);
    }
}
