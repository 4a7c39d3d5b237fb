using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

public class SecretMaskerTests
{
    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE", "AKIA\u2026MPLE (20 chars)")]
    [InlineData("hunter2", "*** (7 chars)")]
    [InlineData("12345678", "*** (8 chars)")]
    [InlineData("123456789", "1\u20269 (9 chars)")]
    [InlineData("abcdefghijklmno", "abc\u2026mno (15 chars)")]
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
        int shown = masked.IndexOf(' ') - 1;
        Assert.True(shown * 5 <= length || shown <= 8);
        Assert.DoesNotContain(secret, masked);
    }
}
