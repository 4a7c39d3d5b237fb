using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.Generators.Tests.TestHelpers;

/// <summary>Checks on tracked incremental steps: what was cached, and that no Roslyn object is kept in a step's output.</summary>
internal static class IncrementalAssert
{
    public static IReadOnlyList<string> AllTrackingNames { get; } = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToList();

    public static Dictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> TrackedSteps(GeneratorDriverRunResult result) =>
        result.Results
            .SelectMany(generator => generator.TrackedSteps)
            .Where(step => AllTrackingNames.Contains(step.Key))
            .ToDictionary(step => step.Key, step => step.Value);

    /// <summary>Every tracked step of the second run is Cached or Unchanged, and produced what the first run produced.</summary>
    public static void AllCached(GeneratorDriverRunResult first, GeneratorDriverRunResult second)
    {
        var firstSteps = TrackedSteps(first);
        var secondSteps = TrackedSteps(second);
        Assert.NotEmpty(firstSteps);
        Assert.Equal(firstSteps.Keys.OrderBy(key => key), secondSteps.Keys.OrderBy(key => key));
        foreach (var (name, steps) in secondSteps)
        {
            var outputs = steps.SelectMany(step => step.Outputs).ToList();
            foreach (var output in outputs)
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    "Step '" + name + "' produced an output with reason " + output.Reason + ".");
            }

            var firstOutputs = firstSteps[name].SelectMany(step => step.Outputs).Select(output => output.Value).ToList();
            Assert.Equal(firstOutputs, outputs.Select(output => output.Value).ToList());
        }
    }

    public static IncrementalStepRunReason[] Reasons(GeneratorDriverRunResult result, string trackingName) =>
        TrackedSteps(result)[trackingName].SelectMany(step => step.Outputs).Select(output => output.Reason).ToArray();

    /// <summary>No step output holds a Compilation, ISymbol, SyntaxNode or Location (each would defeat caching or leak memory).</summary>
    public static void NoRoslynObjectsInOutputs(GeneratorDriverRunResult result)
    {
        foreach (var (name, steps) in TrackedSteps(result))
        {
            foreach (var step in steps)
            {
                foreach (var (value, _) in step.Outputs)
                {
                    Visit(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
                }
            }
        }
    }

    private static void Visit(object? node, string stepName, HashSet<object> visited)
    {
        if (node is null || !visited.Add(node))
        {
            return;
        }

        Assert.False(
            node is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or AdditionalText,
            "Step '" + stepName + "' holds a " + node.GetType().Name + ", which must not be cached.");
        var type = node.GetType();
        if (type.IsPrimitive || type.IsEnum || node is string or DiagnosticDescriptor or Delegate)
        {
            return;
        }

        if (node is IEnumerable collection)
        {
            foreach (var element in collection)
            {
                Visit(element, stepName, visited);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            Visit(field.GetValue(node), stepName, visited);
        }
    }
}
