package io.cloudpirates.sdk

import io.cloudpirates.sdk.ffi.CallOptions
import io.cloudpirates.sdk.ffi.ClientConfig
import io.cloudpirates.sdk.ffi.FfiClient
import io.cloudpirates.sdk.ffi.FfiException
import io.cloudpirates.sdk.ffi.HttpHeader
import io.cloudpirates.sdk.ffi.InternalException
import io.cloudpirates.sdk.ffi.QueryParam
import io.cloudpirates.sdk.ffi.RawResponse
import kotlinx.coroutines.CoroutineName
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.cancel
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.future.future
import kotlinx.coroutines.withContext
import kotlinx.serialization.KSerializer
import kotlinx.serialization.SerializationException
import kotlinx.serialization.builtins.ListSerializer
import kotlinx.serialization.json.Json
import java.util.concurrent.CompletableFuture
import kotlin.coroutines.AbstractCoroutineContextElement
import kotlin.coroutines.CoroutineContext
import kotlin.time.Duration.Companion.milliseconds

/**
 * The one path every generated method takes: serialise, call the uniffi library's generic
 * `execute`, map errors, decode. Knows no HTTP (the Rust core does).
 */
internal class Transport(internal val ffi: FfiClient) : AutoCloseable {
    /**
     * Test-only hook, not part of the API (internal): when set, sees the id and status of every
     * operation whose call reached the server; the project's tests use it to prove coverage.
     */
    @Volatile internal var observer: ((String, Int) -> Unit)? = null

    internal companion object {
        val json: Json = Json {
            ignoreUnknownKeys = true   // responses allow unknown fields
            coerceInputValues = true   // an unknown enum value becomes null instead of failing
            explicitNulls = false      // unset optional fields are left out of request bodies
            encodeDefaults = false
        }

        fun create(config: ClientConfig): Transport = try {
            CloudPiratesAndroid.checkReady()
            Logging.install()
            Transport(FfiClient(config))
        } catch (e: FfiException) {
            throw e.toPublic()
        } catch (e: InternalException) {
            throw e.toPublic()
        }

        /**
         * Test-only: a Rust panic inside an async call (`guarded`: inside the panic guard every
         * call runs in; otherwise caught by uniffi itself). Either way the caller gets an
         * [ApiException]; the JVM and the runtime go on.
         */
        internal suspend fun panicForTests(guarded: Boolean) = try {
            io.cloudpirates.sdk.ffi.panicForTests(guarded)
        } catch (e: FfiException) {
            throw e.toPublic()
        } catch (e: InternalException) {
            throw e.toPublic()
        }
    }

    /**
     * Where the `CompletableFuture` forms ([AsyncCloudPiratesServices]) run their calls; cancelled
     * by [close], which completes every pending future with a `CancellationException`.
     */
    private val scope = CoroutineScope(SupervisorJob() + Dispatchers.Default + CoroutineName("cloudpirates-async"))

    /**
     * The one helper of the `CompletableFuture` forms: runs [block] (one call of a plain
     * `suspend fun`) and completes the future with its value or its exception. Cancelling the
     * future cancels the call (the native future is dropped).
     */
    internal fun <T> future(block: suspend () -> T): CompletableFuture<T> = scope.future { block() }

    internal fun <T> encode(serializer: KSerializer<T>, value: T): String = json.encodeToString(serializer, value)

    internal suspend fun execute(
        operationId: String,
        path: List<String>,
        query: List<Pair<String, String>>,
        body: String?,
        options: RequestOptions?,
    ): RawResponse = call(operationId) { raw ->
        ffi.execute(operationId, path, query.map { QueryParam(it.first, it.second) }, body, ffiOptions(options, raw))
    }

    /**
     * Sends one call. Inside [withResponse] (a [RawCapture] in the coroutine context) the
     * library is asked for the answer's headers and the response is kept for the caller.
     */
    private suspend inline fun call(operationId: String, send: (raw: Boolean) -> RawResponse): RawResponse {
        Logging.refresh()
        val capture = currentCoroutineContext()[RawCapture]
        try {
            val resp = send(capture != null)
            capture?.response = resp
            observer?.invoke(operationId, resp.status)
            return resp
        } catch (e: FfiException) {
            val public = e.toPublic()
            public.status?.let { observer?.invoke(operationId, it) }
            throw public
        } catch (e: InternalException) {
            throw e.toPublic()
        }
    }

    /**
     * Decodes a response. A 2xx write whose documented answer is a model arrives completed by
     * the core (request and path fields, zero values, the id looked up): it always decodes.
     */
    internal fun <T> decode(operationId: String, resp: RawResponse, serializer: KSerializer<T>): T =
        decodeText(operationId, resp.body, serializer, "{}")

    private fun <T> decodeText(operationId: String, body: ByteArray, serializer: KSerializer<T>, empty: String): T {
        val text = body.toString(Charsets.UTF_8).ifBlank { empty }
        return try {
            json.decodeFromString(serializer, text)
        } catch (e: SerializationException) {
            // The serializer's message may quote the input (a token, say): report only the shape.
            throw localError("ResponseDecodeError", "Decode", "$operationId: the response does not match the expected model")
        } catch (e: IllegalArgumentException) {
            throw localError("ResponseDecodeError", "Decode", "$operationId: the response does not match the expected model")
        }
    }

    /** One page: the core decides which of `limit`/`offset` are sent and the next offset. */
    internal suspend fun <T> page(
        operationId: String,
        path: List<String>,
        query: List<Pair<String, String>>,
        limit: Int?,
        offset: Long?,
        item: KSerializer<T>,
        options: RequestOptions?,
    ): Page<T> {
        val resp = call(operationId) { raw ->
            ffi.listPage(operationId, path, query.map { QueryParam(it.first, it.second) }, limit, offset, ffiOptions(options, raw))
        }
        val items = decodeText(operationId, resp.body, ListSerializer(item), "[]")
        val p = resp.page
        val info = PageInfo(
            total = p?.total, limit = p?.limit, offset = p?.offset, nextOffset = p?.nextOffset,
            linkFirst = p?.linkFirst, linkPrev = p?.linkPrev, linkNext = p?.linkNext, linkLast = p?.linkLast,
        )
        return Page(items, info)
    }

    /** Every item of a list, one page at a time as the flow is collected, until the core says the list has ended. */
    internal fun <T> pages(
        operationId: String,
        path: List<String>,
        query: List<Pair<String, String>>,
        pageSize: Int?,
        item: KSerializer<T>,
        options: RequestOptions?,
    ): Flow<T> = flow {
        var offset: Long? = null
        do {
            val page = page(operationId, path, query, pageSize, offset, item, options)
            for (x in page.items) emit(x)
            offset = page.info.nextOffset
        } while (offset != null)
    }

    /**
     * Runs [block] (one call of a generated method) and returns its value with that call's
     * response: the one call path, asked for the headers only here.
     */
    internal suspend fun <T> withResponse(block: suspend () -> T): ApiResponse<T> {
        val capture = RawCapture()
        val value = withContext(capture) { block() }
        val r = capture.response ?: throw localError("InvalidRequestError", "InvalidInput", "withRawResponse: the call made no request")
        val headers = LinkedHashMap<String, MutableList<String>>()
        for (h in r.headers.orEmpty()) headers.getOrPut(h.name) { mutableListOf() }.add(h.value)
        return ApiResponse(value, r.status, headers, r.requestId, r.attempts, r.waitedMs.milliseconds, r.consistencyToken)
    }

    override fun close() {
        scope.cancel("the client was closed")
        ffi.close()
    }
}

/** Marks a coroutine whose SDK call should keep its response ([Transport.withResponse]). */
internal class RawCapture : AbstractCoroutineContextElement(RawCapture) {
    internal companion object Key : CoroutineContext.Key<RawCapture>

    /** The response of the last call made under this mark. */
    @Volatile internal var response: RawResponse? = null
}

internal fun ffiOptions(options: RequestOptions?, raw: Boolean): CallOptions? =
    if (options == null && !raw) null else (options ?: RequestOptions()).toFfi(raw)

internal fun RequestOptions.toFfi(raw: Boolean = false): CallOptions = CallOptions(
    timeoutMs = timeout?.inWholeMilliseconds,
    maxRetries = maxRetries,
    consistency = consistency?.wire,
    headers = headers.map { (name, value) -> HttpHeader(name, value) },
    raw = raw,
    consistencyToken = consistencyToken,
)
