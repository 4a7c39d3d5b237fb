using BenchmarkDotNet.Running;

namespace SecretAnalyzers.Runtime.Benchmarks;

public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
