package io.cloudpirates.sdk

import io.cloudpirates.sdk.ffi.FfiException
import kotlinx.serialization.json.Json
import kotlin.time.Duration
import kotlin.time.Duration.Companion.milliseconds

/** Business-rule details of a 400: the field concerned and what the server expected. */
public data class BusinessError(val paramsJson: String, val path: String?, val expected: String?)

/**
 * Every error of the SDK. The subclasses are the same error classes as in the other
 * languages (`className` gives the shared name, e.g. `BadRequestError`); use `when` over them.
 * Never holds a credential.
 */
public sealed class CloudPiratesException(
    /** What went wrong: the server's message or the SDK's description. */
    public val detail: String,
    /** HTTP status, when the server answered. */
    public val status: Int?,
    /** Raw response body, when there was one. */
    public val body: String?,
    /** `x-request-id` of the failing response. */
    public val requestId: String?,
    /** HTTP attempts made. */
    public val attempts: Int,
    /** Time slept between attempts. */
    public val waited: Duration,
    /** Parsed validation errors of a 400 (AJV style: `keyword`, `instancePath`, `params`). */
    public val validationErrors: List<ValidationError>,
    /** Parsed business-rule details of a 400. */
    public val businessError: BusinessError?,
    /** The server's retry hint of a 429. */
    public val retryAfter: Duration?,
    /** True when a write may still be applied by the server (never re-sent by the SDK). */
    public val mayHaveExecuted: Boolean,
) : RuntimeException(detail) {
    /** The error class name shared by every language binding. */
    public abstract val className: String
}

internal class ErrorFields(
    val detail: String, val status: Int?, val body: String?, val requestId: String?, val attempts: Int,
    val waited: Duration, val validationErrors: List<ValidationError>, val businessError: BusinessError?,
    val retryAfter: Duration?, val mayHaveExecuted: Boolean,
)

private typealias F = ErrorFields

/** 400: the request was rejected; see [validationErrors] and [businessError]. */
public class BadRequestException internal constructor(f: F) : CloudPiratesException(f.detail, f.status, f.body, f.requestId, f.attempts, f.waited, f.validationErrors, f.businessError, f.retryAfter, f.mayHaveExecuted) {
    override val className: String get() = "BadRequestError"
}

/** 401: missing, invalid or expired credentials. */
public class AuthenticationException internal constructor(f: F) : CloudPiratesException(f.detail, f.status, f.body, f.requestId, f.attempts, f.waited, f.validationErrors, f.businessError, f.retryAfter, f.mayHaveExecuted) {
    override val className: String get() = "AuthenticationError"
}

/** 403: the credentials may not do this. */
public class PermissionDeniedException internal constructor(f: F) : CloudPiratesException(f.detail, f.status, f.body, f.requestId, f.attempts, f.waited, f.validationErrors, f.businessError, f.retryAfter, f.mayHaveExecuted) {
    override val className: String get() = "PermissionDeniedError"
}

/** 404: no such resource. */
public class NotFoundException internal constructor(f: F) : CloudPiratesException(f.detail, f.status, f.body, f.requestId, f.attempts, f.waited, f.validationErrors, f.businessError, f.retryAfter, f.mayHaveExecuted) {
    override val className: String get() = "NotFoundError"
}

/** 409: conflicts with the current state. */
public class ConflictException internal constructor(f: F) : CloudPiratesException(f.detail, f.status, f.body, f.requestId, f.attempts, f.waited, f.validationErrors, f.businessError, f.retryAfter, f.mayHaveExecuted) {
    override val className: String get() = "ConflictError"
}

/** 422: well-formed but cannot be processed. */
public class UnprocessableEntityException internal constructor(f: F) : CloudPiratesException(f.detail, f.status, f.body, f.requestId, f.attempts, f.waited, f.validationErrors, f.businessError, f.retryAfter, f.mayHaveExecuted) {
    override val className: String get() = "UnprocessableEntityError"
}

/** 429 that could not be waited out; see [retryAfter]. */
public class RateLimitException internal constructor(f: F) : CloudPiratesException(f.detail, f.status, f.body, f.requestId, f.attempts, f.waited, f.validationErrors, f.businessError, f.retryAfter, f.mayHaveExecuted) {
    override val className: String get() = "RateLimitError"
}

/** 5xx from the server; a 501 is the subclass [NotImplementedException]. */
public open class InternalServerException internal constructor(f: F) : CloudPiratesException(f.detail, f.status, f.body, f.requestId, f.attempts, f.waited, f.validationErrors, f.businessError, f.retryAfter, f.mayHaveExecuted) {
    override val className: String get() = "InternalServerError"
}

/**
 * 501: the server has no handler for this operation (the shared class `NotImplementedError`;
 * `catch (e: InternalServerException)` catches it too). It is named `...Exception` like every
 * other class here; the alias [NotImplementedError] gives the shared name.
 */
public class NotImplementedException internal constructor(f: F) : InternalServerException(f) {
    override val className: String get() = "NotImplementedError"
}

/**
 * The shared name of [NotImplementedException] (`NotImplementedError`, as in Python, Node and
 * Swift). Beware: Kotlin's own `kotlin.NotImplementedError` (thrown by `TODO()`, an `Error`, not
 * an exception of this SDK) has the same simple name and is imported by default. Inside package
 * `io.cloudpirates.sdk`, or with `import io.cloudpirates.sdk.NotImplementedError` (or a star
 * import of the package), the name means this alias; anywhere else it means Kotlin's class.
 * When in doubt, catch [NotImplementedException].
 */
public typealias NotImplementedError = NotImplementedException

/** A write may or may not have been applied (503/504, or a broken connection after sending). It was not re-sent: re-read the state before trying again. */
public class OutcomeUnknownException internal constructor(f: F) : CloudPiratesException(f.detail, f.status, f.body, f.requestId, f.attempts, f.waited, f.validationErrors, f.businessError, f.retryAfter, f.mayHaveExecuted) {
    override val className: String get() = "OutcomeUnknownError"
}

/** The request could not be sent, or the connection broke. */
public class ApiConnectionException internal constructor(f: F) : CloudPiratesException(f.detail, f.status, f.body, f.requestId, f.attempts, f.waited, f.validationErrors, f.businessError, f.retryAfter, f.mayHaveExecuted) {
    override val className: String get() = "APIConnectionError"
}

/** The call's deadline passed. */
public class ApiTimeoutException internal constructor(f: F) : CloudPiratesException(f.detail, f.status, f.body, f.requestId, f.attempts, f.waited, f.validationErrors, f.businessError, f.retryAfter, f.mayHaveExecuted) {
    override val className: String get() = "APITimeoutError"
}

/** The input or the configuration was rejected before anything was sent. */
public class InvalidRequestException internal constructor(f: F) : CloudPiratesException(f.detail, f.status, f.body, f.requestId, f.attempts, f.waited, f.validationErrors, f.businessError, f.retryAfter, f.mayHaveExecuted) {
    override val className: String get() = "InvalidRequestError"
}

/** The response did not match the expected model. */
public class ResponseDecodeException internal constructor(f: F) : CloudPiratesException(f.detail, f.status, f.body, f.requestId, f.attempts, f.waited, f.validationErrors, f.businessError, f.retryAfter, f.mayHaveExecuted) {
    override val className: String get() = "ResponseDecodeError"
}

/** Any other error status. */
public class ApiException internal constructor(f: F) : CloudPiratesException(f.detail, f.status, f.body, f.requestId, f.attempts, f.waited, f.validationErrors, f.businessError, f.retryAfter, f.mayHaveExecuted) {
    override val className: String get() = "APIError"
}

internal fun simpleFields(detail: String): ErrorFields =
    ErrorFields(detail, null, null, null, 0, Duration.ZERO, emptyList(), null, null, false)

private fun fields(
    status: Int?, detail: String, body: String?, requestId: String?, attempts: Int, waitedMs: Long,
    validation: List<io.cloudpirates.sdk.ffi.ValidationDetail>, business: io.cloudpirates.sdk.ffi.BusinessDetail?,
    retryAfterMs: Long?, mayHaveExecuted: Boolean,
): ErrorFields = ErrorFields(
    detail, status, body, requestId, attempts, waitedMs.milliseconds,
    validation.map {
        ValidationError(
            keyword = it.keyword, instancePath = it.instancePath, schemaPath = it.schemaPath, message = it.message,
            params = runCatching { Json.parseToJsonElement(it.paramsJson) }.getOrNull(),
        )
    },
    business?.let { BusinessError(it.paramsJson, it.path, it.expected) },
    retryAfterMs?.milliseconds, mayHaveExecuted,
)

/** Maps the uniffi error enum to the public exception classes (one branch per variant). */
internal fun FfiException.toPublic(): CloudPiratesException = when (this) {
    is FfiException.BadRequest -> BadRequestException(fields(status, detail, body, requestId, attempts, waitedMs, validationErrors, businessError, retryAfterMs, mayHaveExecuted))
    is FfiException.Authentication -> AuthenticationException(fields(status, detail, body, requestId, attempts, waitedMs, validationErrors, businessError, retryAfterMs, mayHaveExecuted))
    is FfiException.PermissionDenied -> PermissionDeniedException(fields(status, detail, body, requestId, attempts, waitedMs, validationErrors, businessError, retryAfterMs, mayHaveExecuted))
    is FfiException.NotFound -> NotFoundException(fields(status, detail, body, requestId, attempts, waitedMs, validationErrors, businessError, retryAfterMs, mayHaveExecuted))
    is FfiException.Conflict -> ConflictException(fields(status, detail, body, requestId, attempts, waitedMs, validationErrors, businessError, retryAfterMs, mayHaveExecuted))
    is FfiException.UnprocessableEntity -> UnprocessableEntityException(fields(status, detail, body, requestId, attempts, waitedMs, validationErrors, businessError, retryAfterMs, mayHaveExecuted))
    is FfiException.RateLimit -> RateLimitException(fields(status, detail, body, requestId, attempts, waitedMs, validationErrors, businessError, retryAfterMs, mayHaveExecuted))
    is FfiException.InternalServer -> InternalServerException(fields(status, detail, body, requestId, attempts, waitedMs, validationErrors, businessError, retryAfterMs, mayHaveExecuted))
    is FfiException.NotImplemented -> NotImplementedException(fields(status, detail, body, requestId, attempts, waitedMs, validationErrors, businessError, retryAfterMs, mayHaveExecuted))
    is FfiException.OutcomeUnknown -> OutcomeUnknownException(fields(status, detail, body, requestId, attempts, waitedMs, validationErrors, businessError, retryAfterMs, mayHaveExecuted))
    is FfiException.ApiConnection -> ApiConnectionException(fields(status, detail, body, requestId, attempts, waitedMs, validationErrors, businessError, retryAfterMs, mayHaveExecuted))
    is FfiException.ApiTimeout -> ApiTimeoutException(fields(status, detail, body, requestId, attempts, waitedMs, validationErrors, businessError, retryAfterMs, mayHaveExecuted))
    is FfiException.InvalidRequest -> InvalidRequestException(fields(status, detail, body, requestId, attempts, waitedMs, validationErrors, businessError, retryAfterMs, mayHaveExecuted))
    is FfiException.ResponseDecode -> ResponseDecodeException(fields(status, detail, body, requestId, attempts, waitedMs, validationErrors, businessError, retryAfterMs, mayHaveExecuted))
    is FfiException.Api -> ApiException(fields(status, detail, body, requestId, attempts, waitedMs, validationErrors, businessError, retryAfterMs, mayHaveExecuted))
}

/**
 * uniffi's own error for a Rust panic it caught (the library guards its calls itself, so this
 * is a last resort): the SDK's [ApiException], whose outcome is unknown.
 */
internal fun io.cloudpirates.sdk.ffi.InternalException.toPublic(): CloudPiratesException = ApiException(
    ErrorFields(
        "internal error in the CloudPirates SDK (a Rust panic: ${message ?: "no message"}); the call was abandoned and a write may have been sent. Please report it.",
        null, null, null, 0, Duration.ZERO, emptyList(), null, null, true,
    ),
)
