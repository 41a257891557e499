package io.cloudpirates.sdk

import io.cloudpirates.sdk.ffi.FfiException
import io.cloudpirates.sdk.ffi.InternalException
import kotlinx.serialization.builtins.ListSerializer
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.contentOrNull

// The exception classes are generated from tools/codegen/errors.yaml (generated/Errors.kt);
// this file only builds them from what crosses the FFI: a class name and the core's record.

/** Business-rule details of a 400: the field concerned and what the server expected. */
public data class BusinessError(val paramsJson: String, val path: String?, val expected: String?)

/**
 * The shared name of [NotImplementedException] (`NotImplementedError`, as in Python, Node and
 * Swift). Beware: Kotlin's own `kotlin.NotImplementedError` (thrown by `TODO()`, an `Error`, not
 * an exception of this SDK) has the same simple name and is imported by default. Inside package
 * `io.cloudpirates.sdk`, or with `import io.cloudpirates.sdk.NotImplementedError` (or a star
 * import of the package), the name means this alias; anywhere else it means Kotlin's class.
 * When in doubt, catch [NotImplementedException].
 */
public typealias NotImplementedError = NotImplementedException

internal fun validationErrorsOf(json: JsonElement?): List<ValidationError> =
    (json as? JsonArray)?.let { runCatching { Transport.json.decodeFromJsonElement(ListSerializer(ValidationError.serializer()), it) }.getOrNull() }
        .orEmpty()

internal fun businessErrorOf(json: JsonElement?): BusinessError? = (json as? JsonObject)?.let { o ->
    fun text(k: String) = (o[k] as? JsonPrimitive)?.contentOrNull
    BusinessError(o["params"]?.toString() ?: "null", text("path"), text("expected"))
}

/** An error the wrapper raises itself (a response its model does not fit). */
internal fun localError(className: String, kind: String, message: String): CloudPiratesException =
    errorOf(ErrorRecord(className = className, kind = kind, message = message))

/** The uniffi error (a class name and the core's record) as the public exception class. */
internal fun FfiException.toPublic(): CloudPiratesException = when (this) {
    is FfiException.Failed -> errorOf(Transport.json.decodeFromString(ErrorRecord.serializer(), recordJson))
}

/**
 * uniffi's own error for a Rust panic it caught (the library guards its calls itself, so this
 * is a last resort): the SDK's [ApiException], whose outcome is unknown.
 */
internal fun InternalException.toPublic(): CloudPiratesException = errorOf(
    ErrorRecord(
        className = "APIError", kind = "Api", mayHaveExecuted = true,
        message = "internal error in the CloudPirates SDK (a Rust panic: ${message ?: "no message"}); the call was abandoned and a write may have been sent. Please report it.",
    ),
)
