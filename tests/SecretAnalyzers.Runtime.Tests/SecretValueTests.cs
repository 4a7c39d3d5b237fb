using SecretAnalyzers.Runtime;

namespace SecretAnalyzers.Runtime.Tests;

public class SecretValueTests
{
    [Fact]
    public void ToStringNeverShowsTheValue()
    {
        var value = new SecretValue("hunter2-very-secret");
        Assert.DoesNotContain("hunter2", value.ToString());
        Assert.Equal("hunter2-very-secret", value.Reveal());
    }
}
