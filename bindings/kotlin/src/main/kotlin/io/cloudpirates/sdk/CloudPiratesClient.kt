package io.cloudpirates.sdk

import io.cloudpirates.sdk.ffi.ClientConfig
import io.cloudpirates.sdk.ffi.FfiException
import io.cloudpirates.sdk.ffi.InternalException
import java.io.Closeable
import java.util.concurrent.CompletableFuture
import kotlin.time.Duration
import kotlin.time.toKotlinDuration

/**
 * The CloudPirates client: `client.workspaces.members.updateRole(workspaceId, memberId, role = WorkspaceMemberRole.VIEWER)`.
 *
 * Every method is a `suspend fun`; list operations have a `...All()` form returning a `Flow`
 * that pages lazily. Errors are [CloudPiratesException] subclasses. The client rides out the
 * API's eventually consistent reads for its own writes, retries only what is safe, and
 * refreshes Bearer sessions (all in the Rust core). Close it (or use `use {}`) to free the
 * native client; `toString()` never shows a credential.
 *
 * Give either [apiKey] or [accessToken] (with an optional [refreshToken]), or neither for
 * the public routes and [AuthResource.login] (whose tokens the client then adopts).
 *
 * [consistencyTokenKey] (a secret shared by the apps that exchange tokens) signs this client's
 * [consistencyToken]s, and makes it refuse any token not signed with the same key.
 *
 * From Java: build the client with [builder] and call the operations through [async], whose
 * methods return `CompletableFuture`s:
 * `CloudPiratesClient.builder().apiKey(key).build().async().workspaces().get(id).join()`.
 */
public class CloudPiratesClient private constructor(
    private val transport: Transport,
) : CloudPiratesServices(transport), Closeable {

    public constructor(
        apiKey: String? = null,
        baseUrl: String? = null,
        accessToken: String? = null,
        refreshToken: String? = null,
        timeout: Duration? = null,
        maxRetries: Int? = null,
        consistency: Consistency? = null,
        consistencyTokenKey: String? = null,
    ) : this(apiKey, baseUrl, accessToken, refreshToken, timeout, maxRetries, consistency, consistencyTokenKey, useEnv = false)

    private constructor(
        apiKey: String?, baseUrl: String?, accessToken: String?, refreshToken: String?, timeout: Duration?,
        maxRetries: Int?, consistency: Consistency?, consistencyTokenKey: String?, useEnv: Boolean,
    ) : this(
        Transport.create(
            ClientConfig(
                apiKey = apiKey,
                accessToken = accessToken,
                refreshToken = refreshToken,
                baseUrl = baseUrl,
                timeoutMs = timeout?.inWholeMilliseconds,
                maxRetries = maxRetries,
                consistency = consistency?.wire,
                binding = "kotlin",
                useEnv = useEnv,
                consistencyTokenKey = consistencyTokenKey,
            ),
        ),
    )

    public companion object {
        /** Version of this SDK. */
        public const val VERSION: String = "0.1.0"

        /** A client from `CLOUDPIRATES_API_KEY` and `CLOUDPIRATES_BASE_URL` (both optional). */
        public fun fromEnv(): CloudPiratesClient =
            CloudPiratesClient(null, null, null, null, null, null, null, null, useEnv = true)

        /**
         * A [Builder] of a client, for Java (whose callers cannot use the constructor's
         * `kotlin.time.Duration` and default arguments): `CloudPiratesClient.builder().apiKey(key).build()`.
         */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }

    /**
     * The settings of a new client, one setter each (every one optional, as the constructor's
     * parameters); [build] creates it. `toString()` never shows a credential or key.
     */
    public class Builder internal constructor() {
        private var apiKey: String? = null
        private var baseUrl: String? = null
        private var accessToken: String? = null
        private var refreshToken: String? = null
        private var timeout: Duration? = null
        private var maxRetries: Int? = null
        private var consistency: Consistency? = null
        private var consistencyTokenKey: String? = null
        private var fromEnv: Boolean = false

        /** An API key (`Authorization: ApiKey ...`). */
        public fun apiKey(apiKey: String?): Builder = apply { this.apiKey = apiKey }

        /** The base URL, including `/v1` (default: the production API). */
        public fun baseUrl(baseUrl: String?): Builder = apply { this.baseUrl = baseUrl }

        /** A Bearer session: the access token and, optionally, the refresh token. */
        @JvmOverloads
        public fun bearer(accessToken: String?, refreshToken: String? = null): Builder = apply {
            this.accessToken = accessToken
            this.refreshToken = refreshToken
        }

        /** Total deadline of each call (every attempt, backoff and consistency wait). */
        public fun timeout(timeout: java.time.Duration?): Builder = apply { this.timeout = timeout?.toKotlinDuration() }

        /** Retries after the first attempt. */
        public fun maxRetries(maxRetries: Int?): Builder = apply { this.maxRetries = maxRetries }

        /** How the client treats the API's read-model lag. */
        public fun consistency(consistency: Consistency?): Builder = apply { this.consistency = consistency }

        /** The secret that signs this client's consistency tokens (see [CloudPiratesClient.consistencyToken]). */
        public fun consistencyTokenKey(key: String?): Builder = apply { this.consistencyTokenKey = key }

        /**
         * Also reads `CLOUDPIRATES_API_KEY` and `CLOUDPIRATES_BASE_URL` (as [fromEnv]) for what is
         * not set here.
         */
        public fun fromEnv(fromEnv: Boolean): Builder = apply { this.fromEnv = fromEnv }

        /** The client (throws [CloudPiratesException] for invalid settings, as the constructor). */
        public fun build(): CloudPiratesClient = CloudPiratesClient(
            apiKey, baseUrl, accessToken, refreshToken, timeout, maxRetries, consistency, consistencyTokenKey, useEnv = fromEnv,
        )

        /** The settings, credentials and keys shown only as set or not. */
        override fun toString(): String =
            "CloudPiratesClient.Builder(baseUrl=$baseUrl, apiKey=${apiKey?.let { Redaction.MARKER }}, " +
                "accessToken=${accessToken?.let { Redaction.MARKER }}, refreshToken=${refreshToken?.let { Redaction.MARKER }}, " +
                "timeout=$timeout, maxRetries=$maxRetries, consistency=$consistency, " +
                "consistencyTokenKey=${consistencyTokenKey?.let { Redaction.MARKER }}, fromEnv=$fromEnv)"
    }

    /** The base URL in use (including `/v1`). */
    public val baseUrl: String get() = transport.ffi.baseUrl()

    /** `none`, `api_key` or `bearer`. */
    public val credentialsKind: String get() = transport.ffi.credentialsKind()

    /**
     * A consistency token: this client's recent writes (and those it merged), still inside the
     * consistency window, as an opaque URL-safe string of at most 2 KB (no secret, no request
     * value; signed with `consistencyTokenKey` when set). Hand it to another client, in any
     * process or language, as [RequestOptions.consistencyToken] or through
     * [mergeConsistencyToken]: its reads then ride out the lag of these writes.
     */
    public fun consistencyToken(): String = transport.ffi.consistencyToken()

    /**
     * Merges a token from another client: every later read of this client rides out the lag
     * of the writes it names, even when [Consistency.EVENTUAL]. Throws
     * [InvalidRequestException] (class `InvalidRequestError`) for a malformed or oversized
     * token, or, with `consistencyTokenKey`, one unsigned or not signed with that key.
     */
    public fun mergeConsistencyToken(token: String): Unit = wrap { transport.ffi.mergeConsistencyToken(token) }

    /** Switches this client to an API key. */
    public fun useApiKey(apiKey: String): Unit = wrap { transport.ffi.setCredentials(apiKey, null, null) }

    /** Switches this client to a Bearer session. */
    public fun useBearer(accessToken: String, refreshToken: String? = null): Unit =
        wrap { transport.ffi.setCredentials(null, accessToken, refreshToken) }

    /**
     * Polls a GET operation by id until the resource exists (returns its JSON) or, with
     * `exists = false`, until it is gone (returns null). For writes whose outcome is unknown.
     * Only a read can be polled: a write operation is refused by the core ([InvalidRequestException]).
     */
    public suspend fun waitFor(operationId: String, path: List<String>, exists: Boolean = true, maxWait: Duration? = null): String? =
        poll(operationId, path, exists, maxWait)?.body?.toString(Charsets.UTF_8)

    /**
     * [waitFor] with a typed operation: `client.waitFor(Operations.WORKSPACES_GET, listOf(id))`
     * returns the [Workspace] once it exists (or, with `exists = false`, null once it is gone).
     * [path] holds the values of [GetOperation.pathParams], in order.
     */
    public suspend fun <T> waitFor(operation: GetOperation<T>, path: List<String>, exists: Boolean = true, maxWait: Duration? = null): T? =
        poll(operation.id, path, exists, maxWait)?.let { transport.decode(operation.id, it, operation.serializer) }

    private suspend fun poll(operationId: String, path: List<String>, exists: Boolean, maxWait: Duration?): io.cloudpirates.sdk.ffi.RawResponse? =
        try {
            transport.ffi.waitFor(operationId, path, emptyList(), exists, maxWait?.inWholeMilliseconds)
        } catch (e: FfiException) {
            throw e.toPublic()
        } catch (e: InternalException) {
            throw e.toPublic()
        }

    /**
     * The same operations, each returning its value with the response it came from
     * ([ApiResponse]: status, headers, request id, attempts, time waited):
     * `client.withRawResponse.workspaces.get(id).requestId`. For a list, the page and that
     * page's response. The calls are the plain methods' own (same options, same client);
     * only these ask the native library for the answer's headers.
     */
    public val withRawResponse: RawCloudPiratesServices by lazy { RawCloudPiratesServices(transport, this) }

    /**
     * The same operations, each returning a `CompletableFuture` (for Java, or any caller outside
     * coroutines): `client.async().workspaces().get(id).join()`. Every method is one line over
     * the plain `suspend fun` (same options, same client, same errors: a failed call completes
     * the future exceptionally with the [CloudPiratesException]); a list's `...All` form
     * collects every page into a list. Cancelling a future cancels its call; [close] cancels
     * every pending one.
     */
    @get:JvmName("async")
    public val async: AsyncCloudPiratesServices by lazy { AsyncCloudPiratesServices(transport, this) }

    /**
     * [waitFor] with a typed operation, as a `CompletableFuture` (for Java): completes with the
     * value once it exists (or, with `exists = false`, `null` once it is gone).
     */
    @JvmOverloads
    public fun <T> waitForAsync(
        operation: GetOperation<T>,
        path: List<String>,
        exists: Boolean = true,
        maxWait: java.time.Duration? = null,
    ): CompletableFuture<T?> = transport.future { waitFor(operation, path, exists, maxWait?.toKotlinDuration()) }

    internal val callObserver: Transport get() = transport

    /** Calls whose native future is still alive (cancellation drops them). */
    internal fun inFlightCalls(): Long = transport.ffi.inFlightCalls()

    override fun close(): Unit = transport.close()

    override fun toString(): String = "CloudPiratesClient(baseUrl=$baseUrl, credentials=$credentialsKind)"

    private inline fun wrap(block: () -> Unit) {
        try {
            block()
        } catch (e: FfiException) {
            throw e.toPublic()
        } catch (e: InternalException) {
            throw e.toPublic()
        }
    }
}
