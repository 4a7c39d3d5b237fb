using System;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

public class SecretMaskerTests
{
    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE", "AK\u2026LE (20 chars)")]
    [InlineData("hunter2", "*** (7 chars)")]
    [InlineData("12345678", "*** (8 chars)")]
    [InlineData("123456789", "*** (9 chars)")]
    [InlineData("1234567890", "1\u20260 (10 chars)")]
    [InlineData("abcdefghijklmno", "a\u2026o (15 chars)")]
    [InlineData("", "*** (0 chars)")]
    public void Masks(string secret, string expected) => Assert.Equal(expected, SecretMasker.Mask(secret));

    [Theory]
    [InlineData(9)]
    [InlineData(12)]
    [InlineData(20)]
    [InlineData(40)]
    [InlineData(200)]
    public void NeverShowsMoreThanAFifth(int length)
    {
        string secret = FakeTokens.RandomAlnum(length);
        string masked = SecretMasker.Mask(secret);
        int shown = masked.StartsWith("***", StringComparison.Ordinal) ? 0 : masked.IndexOf(' ') - 1;
        Assert.True(shown * 5 <= length, $"{shown} of {length} characters shown: {masked}");
        Assert.DoesNotContain(secret, masked);
    }
}
