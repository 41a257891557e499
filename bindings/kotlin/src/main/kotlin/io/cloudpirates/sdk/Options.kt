package io.cloudpirates.sdk

import kotlin.time.Duration
import kotlin.time.toKotlinDuration

/** How a call treats the API's read-model lag. */
public enum class Consistency(internal val wire: String) {
    /** A read of something this client wrote recently rides out a 404/403 (default). */
    READ_YOUR_WRITES("read_your_writes"),

    /** Also waits out stale reads after this client's deletes and updates. */
    STRONG("strong"),

    /** Never waits. */
    EVENTUAL("eventual"),
}

/**
 * Per-call overrides of the client's settings; `null` keeps the client's value. Options given
 * to a list's `...All()` form apply to every page it fetches.
 */
public data class RequestOptions(
    /** Total deadline of the call: every attempt, backoff and consistency wait. */
    val timeout: Duration? = null,
    /** Retries after the first attempt. */
    val maxRetries: Int? = null,
    /** Consistency mode of the call. */
    val consistency: Consistency? = null,
    /**
     * Extra request headers, sent beside the client's own. The Rust core checks them before
     * anything is sent: a header the client owns (`Authorization`, `Host`, `Content-Length`,
     * `Content-Type`, hop-by-hop headers) or a malformed name or value fails the call with
     * [InvalidRequestException] naming the header. `toString()` hides secret-looking values.
     */
    val headers: Map<String, String> = emptyMap(),
    /**
     * A consistency token from another client ([CloudPiratesClient.consistencyToken], or
     * [ApiResponse.consistencyToken] of one write; any process or language): this call rides
     * out the lag of the writes it names, even on a [Consistency.EVENTUAL] client. The Rust
     * core checks it when the call starts: a malformed, oversized or (with
     * `consistencyTokenKey`) unsigned or tampered token fails the call with
     * [InvalidRequestException] before anything is sent. `toString()` hides it.
     */
    val consistencyToken: String? = null,
) {
    /** The form before [headers] existed (kept so compiled callers go on working). */
    public constructor(timeout: Duration?, maxRetries: Int?, consistency: Consistency?) :
        this(timeout, maxRetries, consistency, emptyMap(), null)

    /** The form before [consistencyToken] existed (kept so compiled callers go on working). */
    public constructor(timeout: Duration?, maxRetries: Int?, consistency: Consistency?, headers: Map<String, String>) :
        this(timeout, maxRetries, consistency, headers, null)

    public companion object {
        /**
         * A [Builder] of options, for Java (whose callers cannot use the constructor's
         * `kotlin.time.Duration`): `RequestOptions.builder().header("X-Tenant", "blue").build()`.
         */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }

    /** Per-call options set one at a time; [build] makes the [RequestOptions]. */
    public class Builder internal constructor() {
        private var timeout: Duration? = null
        private var maxRetries: Int? = null
        private var consistency: Consistency? = null
        private val headers = LinkedHashMap<String, String>()
        private var consistencyToken: String? = null

        /** [RequestOptions.timeout]. */
        public fun timeout(timeout: java.time.Duration?): Builder = apply { this.timeout = timeout?.toKotlinDuration() }

        /** [RequestOptions.maxRetries]. */
        public fun maxRetries(maxRetries: Int?): Builder = apply { this.maxRetries = maxRetries }

        /** [RequestOptions.consistency]. */
        public fun consistency(consistency: Consistency?): Builder = apply { this.consistency = consistency }

        /** One extra request header ([RequestOptions.headers]; checked by the core when the call starts). */
        public fun header(name: String, value: String): Builder = apply { headers[name] = value }

        /** Several extra request headers ([RequestOptions.headers]). */
        public fun headers(headers: Map<String, String>): Builder = apply { this.headers.putAll(headers) }

        /** [RequestOptions.consistencyToken]. */
        public fun consistencyToken(token: String?): Builder = apply { this.consistencyToken = token }

        /** The options. */
        public fun build(): RequestOptions = RequestOptions(timeout, maxRetries, consistency, headers.toMap(), consistencyToken)

        /** What [build] would make, shown as [RequestOptions.toString] (secret values hidden). */
        override fun toString(): String = build().toString()
    }

    /**
     * The options, with the value of every secret-looking header and the consistency token
     * ([Redaction.isSecretName]) shown as [Redaction.MARKER].
     */
    override fun toString(): String {
        val shown = headers.entries.joinToString(", ", "{", "}") { (k, v) ->
            "$k=${if (Redaction.isSecretName(k)) Redaction.MARKER else v}"
        }
        val token = consistencyToken?.let { if (Redaction.isSecretName("consistencyToken")) Redaction.MARKER else it }
        return "RequestOptions(timeout=$timeout, maxRetries=$maxRetries, consistency=$consistency, headers=$shown, consistencyToken=$token)"
    }
}

/**
 * A value with the response it came from: `client.withRawResponse.workspaces.get(id)`.
 * For a list, [data] is the [Page] and the metadata is that page's response.
 * `toString()` shows the header names only, never their values.
 */
public class ApiResponse<out T> internal constructor(
    /** The parsed value, as the plain method returns it. */
    public val data: T,
    /** HTTP status of the final answer. */
    public val status: Int,
    /** Headers of the final answer by lowercase name, values in the order received. */
    public val headers: Map<String, List<String>>,
    /** `x-request-id`, when the server sent one. */
    public val requestId: String?,
    /** HTTP attempts made. */
    public val attempts: Int,
    /** Time slept between attempts (backoff, `Retry-After`, consistency waits). */
    public val waited: Duration,
    /**
     * The consistency token of this write alone (hand it to another client as
     * [RequestOptions.consistencyToken]); `null` for a read or for a write the core could not
     * record. `toString()` hides it.
     */
    public val consistencyToken: String? = null,
) {
    /** The parsed value (the same as [data]). */
    public fun parse(): T = data

    /** The first value of the header [name] (any case), or `null`. */
    public fun header(name: String): String? = headers[name.lowercase()]?.firstOrNull()

    /** Status, request id, attempts, time waited, header names (never values), whether a token came, and the value. */
    override fun toString(): String {
        val token = consistencyToken?.let { if (Redaction.isSecretName("consistencyToken")) Redaction.MARKER else it }
        return "ApiResponse(status=$status, requestId=$requestId, attempts=$attempts, waited=$waited, headers=${headers.keys}, consistencyToken=$token, data=$data)"
    }
}

/** Counters of a list response, and the offset of the next page (decided by the core). */
public data class PageInfo(
    val total: Long? = null,
    val limit: Long? = null,
    val offset: Long? = null,
    /** Offset of the next page; `null` on the last page. */
    val nextOffset: Long? = null,
    val linkFirst: String? = null,
    val linkPrev: String? = null,
    val linkNext: String? = null,
    val linkLast: String? = null,
)

/** One page of a list operation. */
public data class Page<T>(
    val items: List<T>,
    val info: PageInfo,
) {
    /** True when a further page exists. */
    val hasNextPage: Boolean get() = info.nextOffset != null
}
