using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace SecretAnalyzers.Runtime.Tests;

/// <summary>The public way stores (Runtime.Aws among them) record a backend failure without chaining it.</summary>
public class SecretExceptionDetailTests
{
    private static readonly SecretReference Password = CacheTestContext.Password;

    [Fact]
    public void WithCauseKeepsTheTypeNameOnlyAndChainsNothing()
    {
        var cause = new InvalidOperationException("the body was pw-secret");

        var ex = new SecretStoreUnavailableException(Password, "the store failed.").WithCause(cause);

        Assert.Equal(nameof(InvalidOperationException), ex.CauseType);
        Assert.Null(ex.InnerException);
        Assert.DoesNotContain("pw-secret", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BackendDetailsAreRecordedOnceAndTheFirstOneWins()
    {
        var ex = new SecretStoreUnavailableException(Password, "down.")
            .WithBackendDetails(errorCode: "InternalServerError", statusCode: 500, requestId: "req-1")
            .WithBackendDetails(errorCode: "Other", statusCode: 503, requestId: "req-2", region: "us-west-2");

        Assert.Equal("InternalServerError", ex.ErrorCode);
        Assert.Equal(500, ex.StatusCode);
        Assert.Equal("req-1", ex.RequestId);
        Assert.Equal("us-west-2", ex.Region);
    }

    [Fact]
    public void EmptyDetailsAreNotRecorded()
    {
        var ex = new SecretStoreUnavailableException(Password, "down.").WithBackendDetails(errorCode: "", requestId: "");

        Assert.Null(ex.ErrorCode);
        Assert.Null(ex.RequestId);
        Assert.Null(ex.StatusCode);
        Assert.Null(ex.Region);
    }

    [Fact]
    public void WithDetailsFromCopiesEveryDetailButKeepsWhatIsSet()
    {
        var source = new SecretNotFoundException(Password, "gone")
            .WithCause(new TimeoutException())
            .WithBackendDetails("ParameterNotFound", 400, "req-9", "eu-west-1");

        var copy = new SecretNotFoundException(Password, "located").WithBackendDetails(region: "us-east-1").WithDetailsFrom(source);

        Assert.Equal(nameof(TimeoutException), copy.CauseType);
        Assert.Equal("ParameterNotFound", copy.ErrorCode);
        Assert.Equal(400, copy.StatusCode);
        Assert.Equal("req-9", copy.RequestId);
        Assert.Equal("us-east-1", copy.Region);
        Assert.Null(copy.InnerException);
    }

    [Fact]
    public void NullArgumentsAreRejected()
    {
        var ex = new SecretStoreUnavailableException(Password, "down.");

        Assert.Throws<ArgumentNullException>(() => ex.WithCause(null!));
        Assert.Throws<ArgumentNullException>(() => ex.WithDetailsFrom(null!));
        Assert.Throws<ArgumentNullException>(() => SecretReferenceRules.ThrowIfInvalid(null!));
    }

    [Fact]
    public void RuntimeAwsIsNotGrantedTheRuntimesInternals()
    {
        // The two packages version separately: Runtime.Aws may only use what Runtime publishes (issue 13 item 3).
        var friends = typeof(SecretCache).Assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();

        Assert.Contains("SecretAnalyzers.Runtime.Tests", friends);
        Assert.DoesNotContain(friends, name => name.StartsWith("SecretAnalyzers.Runtime.Aws", StringComparison.Ordinal));
    }
}
