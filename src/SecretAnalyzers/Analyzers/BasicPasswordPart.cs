using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// A <c>user:password</c> pair composed at run time and encoded into a Basic authorization value
/// (<c>GetBytes(user + ":" + "…")</c>, <c>$"{user}:{pw}"</c>, <c>string.Format("{0}:{1}", user, "…")</c>): the piece
/// right after the colon is the password, whether it is a literal or a followed local, field or const. The user part
/// alone is not a secret. A literal piece that itself holds the colon (<c>$"{user}:…"</c>) is judged as a pair.
/// </summary>
internal static class BasicPasswordPart
{
    /// <summary>Not a real API: the password part of a Basic pair, judged as a whole password.</summary>
    public static readonly KnownCredentialApi Api = new(
        "Basic authorization", "password", null, SecretKind.Password, BasicCredentials.Description, "BasicAuthPassword");

    private const int MaxDepth = 8;

    /// <summary>The Basic password sink of <paramref name="piece"/>, or <see cref="SecretSink.None"/>.</summary>
    public static SecretSink Resolve(IOperation piece, ISymbol? containingSymbol, KnownCredentialApiIndex apis)
    {
        IOperation current = piece;
        bool? afterColon = null;
        if (piece.Parent is IInterpolatedStringTextOperation { Parent: IInterpolatedStringOperation interpolated })
        {
            (current, afterColon) = (interpolated, false); // $"{user}:…": the text holds the colon, judged as a pair
        }

        for (int depth = 0; depth < MaxDepth; depth++)
        {
            IOperation? composed = ValueFlow.Compose(current, out string? textBefore);
            if (composed is null)
            {
                break;
            }

            if (composed.ConstantValue.HasValue)
            {
                return SecretSink.None; // a constant pair is judged whole, at its top
            }

            // Only the text right before the piece decides (a conversion on the way composes nothing).
            if (afterColon is null && composed is not IConversionOperation)
            {
                afterColon = textBefore is { Length: > 0 } && textBefore[textBefore.Length - 1] == ':';
            }

            current = composed;
        }

        // Cheap check before the walk up: the composed pair must be what Encoding.*.GetBytes encodes.
        if (afterColon is null || current.Parent is not IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "GetBytes" } }
            || SinkResolver.Resolve(current, containingSymbol, apis).KnownApi != BasicAuthorizationSink.Api)
        {
            return SecretSink.None;
        }

        if (afterColon == true)
        {
            return SecretSink.Known(Api, BasicAuthorizationSink.Target);
        }

        return piece.ConstantValue is { HasValue: true, Value: string text } && text.IndexOf(':') >= 0
            ? SecretSink.Known(BasicAuthorizationSink.Api, BasicAuthorizationSink.Target)
            : SecretSink.None;
    }
}
