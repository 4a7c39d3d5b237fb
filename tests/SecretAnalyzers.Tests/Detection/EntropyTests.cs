using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

public class EntropyTests
{
    [Fact]
    public void UniformStringHasZeroEntropy() => Assert.Equal(0, Entropy.ShannonEntropy("aaaaaaaa"), 6);

    [Fact]
    public void TwoSymbolsHaveOneBit() => Assert.Equal(1, Entropy.ShannonEntropy("abababab"), 6);

    [Fact]
    public void SixteenDistinctSymbolsHaveFourBits() => Assert.Equal(4, Entropy.ShannonEntropy("0123456789abcdef"), 6);

    [Fact]
    public void RandomBase64LooksRandom() => Assert.True(Entropy.LooksRandom(FakeTokens.RandomBase64(40), 0, 40, 3.5));

    [Fact]
    public void RandomHexLooksRandom() => Assert.True(Entropy.LooksRandom(FakeTokens.RandomHex(32), 0, 32, 3.5));

    [Theory]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaa1")]
    [InlineData("this is not random at all 123")]
    [InlineData("short1Ab")]
    [InlineData("abcdefghijklmnopqrstuvwxyz")]
    [InlineData("1234567890123456789012")]
    public void OrdinaryValuesDoNotLookRandom(string value) => Assert.False(Entropy.LooksRandom(value, 0, value.Length, 3.5));
}
