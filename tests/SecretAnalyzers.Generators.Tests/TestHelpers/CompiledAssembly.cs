using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.Generators.Tests.TestHelpers;

/// <summary>
/// Emits a compilation to memory and loads it into a collectible context. SecretAnalyzers.Runtime resolves to the
/// copy the tests already loaded, so test code and generated code share the runtime's types.
/// </summary>
internal sealed class CompiledAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private CompiledAssembly(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    public static CompiledAssembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, "Compilation failed:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new CompiledAssembly(context, context.LoadFromStream(stream));
    }

    public object? InvokeStatic(string typeName, string methodName, params object?[] arguments)
    {
        var type = Assembly.GetType(typeName, throwOnError: true)!;
        var method = type.GetMethod(methodName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new MissingMethodException(typeName, methodName);
        try
        {
            return method.Invoke(null, arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }

    public void Dispose() => _context.Unload();
}
