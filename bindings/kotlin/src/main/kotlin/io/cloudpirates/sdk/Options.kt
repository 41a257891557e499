package io.cloudpirates.sdk

import kotlin.time.Duration

/** How a call treats the API's read-model lag. */
public enum class Consistency(internal val wire: String) {
    /** A read of something this client wrote recently rides out a 404/403 (default). */
    READ_YOUR_WRITES("read_your_writes"),

    /** Also waits out stale reads after this client's deletes and updates. */
    STRONG("strong"),

    /** Never waits. */
    EVENTUAL("eventual"),
}

/** Per-call overrides of the client's settings; `null` keeps the client's value. */
public data class RequestOptions(
    /** Total deadline of the call: every attempt, backoff and consistency wait. */
    val timeout: Duration? = null,
    /** Retries after the first attempt. */
    val maxRetries: Int? = null,
    /** Consistency mode of the call. */
    val consistency: Consistency? = null,
)

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
