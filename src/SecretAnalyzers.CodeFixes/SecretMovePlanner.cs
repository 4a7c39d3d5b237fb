using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// Decides how one finding is moved: which literal carries it, in which context each replacement is read (await or
/// not), and what happens to a const or field that held it. Returns null when no edit can leave compiling code
/// (attribute arguments, default parameter values, case labels, consts needed by other constants).
/// </summary>
internal static class SecretMovePlanner
{
    public static async Task<SecretMovePlan?> PlanAsync(Document document, Diagnostic diagnostic, SecretMoveRequest request, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || !diagnostic.Location.IsInSource)
        {
            return null;
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node is ArgumentSyntax argument)
        {
            node = argument.Expression;
        }

        if (node is InterpolatedStringTextSyntax text)
        {
            return PlanInterpolatedText(document, model, text, diagnostic, request, cancellationToken);
        }

        if (IsStringConstant(node, model, cancellationToken))
        {
            return await PlanLiteralAsync(document, model, (ExpressionSyntax)node, diagnostic, request, cancellationToken).ConfigureAwait(false);
        }

        // A reference to a const, a single-value field or auto-property of another type (or a const local) whose
        // initializer is the secret: move the declaration's literal.
        if (node is IdentifierNameSyntax or MemberAccessExpressionSyntax
            && model.GetSymbolInfo(node, cancellationToken).Symbol is { } symbol
            && symbol is IFieldSymbol or IPropertySymbol or ILocalSymbol { IsConst: true }
            && symbol.DeclaringSyntaxReferences.Length == 1
            && await symbol.DeclaringSyntaxReferences[0].GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is { } declaration
            && declaration switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value,
                _ => null,
            } is { } initializer
            && document.Project.GetDocument(declaration.SyntaxTree) is { } holderDocument)
        {
            var holderModel = declaration.SyntaxTree == model.SyntaxTree
                ? model
                : await holderDocument.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return holderModel is null || !IsStringConstant(initializer, holderModel, cancellationToken)
                ? null
                : await PlanLiteralAsync(holderDocument, holderModel, initializer, diagnostic, request, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>
    /// A secret in the text of a non-constant interpolated string (<c>$"Server={host};Password=hunter2;"</c>): the
    /// text around it stays, the secret becomes an interpolation. Only regular <c>$"…"</c> strings: verbatim and raw
    /// ones escape differently and are left alone.
    /// </summary>
    private static SecretMovePlan? PlanInterpolatedText(
        Document document,
        SemanticModel model,
        InterpolatedStringTextSyntax text,
        Diagnostic diagnostic,
        SecretMoveRequest request,
        CancellationToken cancellationToken)
    {
        if (text.Parent is not InterpolatedStringExpressionSyntax { StringStartToken.RawKind: (int)SyntaxKind.InterpolatedStringStartToken }
            || ConstantContext.Requires(text))
        {
            return null;
        }

        var value = text.TextToken.ValueText;
        var start = 0;
        var length = value.Length;
        if (!request.WholeValue && TryGetCredential(diagnostic, value, out var credentialStart, out var credentialLength))
        {
            start = credentialStart;
            length = credentialLength;
        }

        if (length == 0)
        {
            return null;
        }

        var holder = text.Parent.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            ? model.GetDeclaredSymbol(declarator, cancellationToken)?.Name
            : null;
        var edit = new SecretEdit(
            document.Id,
            text,
            SecretEditKind.ReplaceInterpolatedText,
            AccessContext.Of(text, model, cancellationToken),
            value.Substring(0, start),
            value.Substring(start + length));
        return new SecretMovePlan(
            document.Project.Id,
            value.Substring(start, length),
            DesiredName(diagnostic, holder, request.WholeValue),
            CodeFixes.ContextNames.Of(text, model, holder, cancellationToken),
            diagnostic.Id,
            Path.GetFileName(document.FilePath ?? document.Name),
            new[] { edit });
    }

    private static async Task<SecretMovePlan?> PlanLiteralAsync(
        Document document,
        SemanticModel model,
        ExpressionSyntax literal,
        Diagnostic diagnostic,
        SecretMoveRequest request,
        CancellationToken cancellationToken)
    {
        var defaultOf = literal.Parent is EqualsValueClauseSyntax { Parent: ParameterSyntax parameter } ? parameter : null;
        if (defaultOf is null && ConstantContext.Requires(literal))
        {
            return null;
        }

        var value = (string)model.GetConstantValue(literal, cancellationToken).Value!;
        var start = 0;
        var length = 0;
        var partial = !request.WholeValue && TryGetCredential(diagnostic, value, out start, out length);
        var secret = partial ? value.Substring(start, length) : value;
        var prefix = partial ? value.Substring(0, start) : null;
        var suffix = partial ? value.Substring(start + length) : null;
        if (secret.Length == 0)
        {
            return null;
        }

        if (defaultOf is not null)
        {
            var defaultEdits = await DefaultParameterPlanner.PlanAsync(document, model, defaultOf, prefix, suffix, cancellationToken).ConfigureAwait(false);
            var parameterName = defaultOf.Identifier.ValueText;
            return defaultEdits is null
                ? null
                : new SecretMovePlan(
                    document.Project.Id,
                    secret,
                    DesiredName(diagnostic, parameterName, request.WholeValue),
                    CodeFixes.ContextNames.Of(literal, model, parameterName, cancellationToken),
                    diagnostic.Id,
                    Path.GetFileName(document.FilePath ?? document.Name),
                    defaultEdits);
        }

        // "Password=" + Part: consts that only held parts of the value go with it, or the secret would stay behind.
        var partRemovals = await ConstParts.PlanRemovalAsync(
            document, model, literal, value, partial ? start : 0, partial ? length : value.Length, cancellationToken).ConfigureAwait(false);
        if (partRemovals is null)
        {
            return null;
        }

        var declarator = literal.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax direct } ? direct : ConstantContext.FindConstDeclarator(literal);
        var holder = declarator is null ? null : model.GetDeclaredSymbol(declarator, cancellationToken);
        var name = DesiredName(diagnostic, holder?.Name, request.WholeValue);
        var edits = new List<SecretEdit>();
        var contextNames = CodeFixes.ContextNames.Of(literal, model, holder?.Name, cancellationToken);
        SecretMovePlan Plan()
        {
            edits.AddRange(partRemovals);
            return new(document.Project.Id, secret, name, contextNames, diagnostic.Id, Path.GetFileName(document.FilePath ?? document.Name), edits);
        }

        if (declarator is not null && holder is not null && !partial && declarator.Initializer?.Value == literal
            && holder is IFieldSymbol { IsConst: true } or IFieldSymbol { IsReadOnly: true })
        {
            // The field only held the secret: read the accessor where it was used and remove the field.
            var inlined = await TryInlineAsync(document, declarator, holder, edits, cancellationToken).ConfigureAwait(false);
            if (inlined == InlineResult.Done)
            {
                return Plan();
            }

            if (inlined == InlineResult.Impossible)
            {
                return null;
            }

            edits.Clear();
        }

        AccessContext context;
        if (declarator is not null && ConstantContext.IsConst(declarator))
        {
            // A const cannot hold a call: the declaration stops being const, which only works when no constant needs it.
            if (holder is null
                || declarator.Parent is VariableDeclarationSyntax { Variables.Count: > 1 }
                || await IsNeededAsConstantAsync(document.Project.Solution, holder, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            edits.Add(new SecretEdit(document.Id, declarator.Parent!.Parent!, SecretEditKind.DropConst, AccessContext.Synchronous));
            context = holder is ILocalSymbol ? AccessContext.Of(declarator, model, cancellationToken) : AccessContext.Synchronous;
        }
        else
        {
            context = AccessContext.Of(literal, model, cancellationToken);
        }

        edits.Insert(0, partial
            ? new SecretEdit(document.Id, literal, SecretEditKind.ReplaceCredential, context, prefix, suffix)
            : new SecretEdit(document.Id, literal, SecretEditKind.ReplaceWithAccessor, context));
        return Plan();
    }

    private enum InlineResult
    {
        Done,
        NotApplicable,
        Impossible,
    }

    private static async Task<InlineResult> TryInlineAsync(
        Document document,
        VariableDeclaratorSyntax declarator,
        ISymbol holder,
        List<SecretEdit> edits,
        CancellationToken cancellationToken)
    {
        if (IsExternallyVisible(holder))
        {
            // Other assemblies may read it: keep the member, change only its initializer.
            return InlineResult.NotApplicable;
        }

        var solution = document.Project.Solution;
        var references = await SymbolFinder.FindReferencesAsync(holder, solution, cancellationToken).ConfigureAwait(false);
        var isConst = holder is IFieldSymbol { IsConst: true };
        foreach (var location in references.SelectMany(r => r.Locations).OrderBy(l => l.Document.FilePath).ThenBy(l => l.Location.SourceSpan.Start))
        {
            if (location.Document.Project.Id != document.Project.Id || location.IsImplicit)
            {
                return InlineResult.NotApplicable;
            }

            var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await location.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return InlineResult.NotApplicable;
            }

            var node = root.FindNode(location.Location.SourceSpan, findInsideTrivia: true, getInnermostNodeForTie: true);
            if (node is not IdentifierNameSyntax identifier || node.FirstAncestorOrSelf<CrefSyntax>() is not null)
            {
                return InlineResult.NotApplicable;
            }

            ExpressionSyntax read = identifier;
            if (identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier)
            {
                read = access;
            }
            else if (identifier.Parent is MemberBindingExpressionSyntax or QualifiedNameSyntax)
            {
                return InlineResult.NotApplicable;
            }

            if (ConstantContext.Requires(read) || ConstantContext.FindConstDeclarator(read) is not null)
            {
                return isConst ? InlineResult.Impossible : InlineResult.NotApplicable;
            }

            if (IsWritten(read))
            {
                return InlineResult.NotApplicable;
            }

            edits.Add(new SecretEdit(location.Document.Id, read, SecretEditKind.ReplaceWithAccessor, AccessContext.Of(read, model, cancellationToken)));
        }

        edits.Add(new SecretEdit(document.Id, declarator, SecretEditKind.RemoveDeclarator, AccessContext.Synchronous));
        return InlineResult.Done;
    }

    private static async Task<bool> IsNeededAsConstantAsync(Solution solution, ISymbol holder, CancellationToken cancellationToken)
    {
        var references = await SymbolFinder.FindReferencesAsync(holder, solution, cancellationToken).ConfigureAwait(false);
        foreach (var location in references.SelectMany(r => r.Locations))
        {
            var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var node = root?.FindNode(location.Location.SourceSpan, findInsideTrivia: true, getInnermostNodeForTie: true);
            if (node is not null && node.FirstAncestorOrSelf<CrefSyntax>() is null
                && (ConstantContext.Requires(node) || ConstantContext.FindConstDeclarator(node) is not null))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWritten(ExpressionSyntax read) => read.Parent switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left == read,
        ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
        PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
        RefExpressionSyntax => true,
        _ => false,
    };

    internal static bool IsExternallyVisible(ISymbol symbol)
    {
        if (symbol is ILocalSymbol)
        {
            return false;
        }

        for (var current = symbol; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryGetCredential(Diagnostic diagnostic, string value, out int start, out int length)
    {
        length = 0;
        start = 0;
        return diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.CredentialStart, out var startText)
            && diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.CredentialLength, out var lengthText)
            && int.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out start)
            && int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out length)
            && length > 0
            && start + length <= value.Length
            && length < value.Length;
    }

    private static string DesiredName(Diagnostic diagnostic, string? holderName, bool wholeValue)
    {
        if (wholeValue)
        {
            return holderName is null ? "ConnectionString" : ManifestNames.ToPascalCaseIdentifier(holderName);
        }

        if (diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.SuggestedName, out var suggested) && !string.IsNullOrWhiteSpace(suggested))
        {
            return ManifestNames.IsValidIdentifier(suggested!) ? suggested! : ManifestNames.ToPascalCaseIdentifier(suggested!);
        }

        return holderName is null ? "Secret" : ManifestNames.ToPascalCaseIdentifier(holderName);
    }

    /// <summary>
    /// A string constant written in place: a literal (regular, verbatim or raw), a constant concatenation or a constant
    /// interpolated string. UTF-8 literals are not strings and are left alone.
    /// </summary>
    private static bool IsStringConstant(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken) =>
        node is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression }
            or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression }
            or InterpolatedStringExpressionSyntax
            or ParenthesizedExpressionSyntax
        && model.GetConstantValue(node, cancellationToken) is { HasValue: true, Value: string };
}
