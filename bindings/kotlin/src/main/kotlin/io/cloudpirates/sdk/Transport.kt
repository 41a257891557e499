package io.cloudpirates.sdk

import io.cloudpirates.sdk.ffi.CallOptions
import io.cloudpirates.sdk.ffi.ClientConfig
import io.cloudpirates.sdk.ffi.FfiClient
import io.cloudpirates.sdk.ffi.FfiException
import io.cloudpirates.sdk.ffi.InternalException
import io.cloudpirates.sdk.ffi.QueryParam
import io.cloudpirates.sdk.ffi.RawResponse
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow
import kotlinx.serialization.KSerializer
import kotlinx.serialization.SerializationException
import kotlinx.serialization.builtins.ListSerializer
import kotlinx.serialization.json.Json

/**
 * The one path every generated method takes: serialise, call the uniffi library's generic
 * `execute`, map errors, decode. Knows no HTTP (the Rust core does).
 */
internal class Transport(internal val ffi: FfiClient) : AutoCloseable {
    /** Test hook: sees the id of every operation whose call reached the server (any status). */
    @Volatile internal var observer: ((String, Int) -> Unit)? = null

    internal companion object {
        val json: Json = Json {
            ignoreUnknownKeys = true   // responses allow unknown fields
            coerceInputValues = true   // an unknown enum value becomes null instead of failing
            explicitNulls = false      // unset optional fields are left out of request bodies
            encodeDefaults = false
        }

        fun create(config: ClientConfig): Transport = try {
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

    internal fun <T> encode(serializer: KSerializer<T>, value: T): String = json.encodeToString(serializer, value)

    internal suspend fun execute(
        operationId: String,
        path: List<String>,
        query: List<Pair<String, String>>,
        body: String?,
        options: RequestOptions?,
    ): RawResponse {
        try {
            val resp = ffi.execute(operationId, path, query.map { QueryParam(it.first, it.second) }, body, options?.toFfi())
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
            throw ResponseDecodeException(simpleFields("$operationId: the response does not match the expected model"))
        } catch (e: IllegalArgumentException) {
            throw ResponseDecodeException(simpleFields("$operationId: the response does not match the expected model"))
        }
    }

    internal suspend fun <T> page(
        operationId: String,
        path: List<String>,
        query: List<Pair<String, String>>,
        paged: Boolean,
        limit: Int?,
        offset: Long?,
        item: KSerializer<T>,
        options: RequestOptions?,
    ): Page<T> {
        val q = query.toMutableList()
        if (paged) {
            limit?.let { q += "limit" to it.toString() }
            offset?.let { q += "offset" to it.toString() }
        }
        val resp = execute(operationId, path, q, null, options)
        val items = decodeText(operationId, resp.body, ListSerializer(item), "[]")
        val p = resp.page
        val info = PageInfo(
            total = p?.total, limit = p?.limit, offset = p?.offset,
            nextOffset = if (items.isEmpty()) null else p?.nextOffset,
            linkFirst = p?.linkFirst, linkPrev = p?.linkPrev, linkNext = p?.linkNext, linkLast = p?.linkLast,
        )
        return Page(items, info)
    }

    /**
     * Every item of a list, one page at a time as the flow is collected. Paginated operations
     * always send `limit`/`offset`; the others send an offset only when the server's headers
     * announced a further page. The core alone decides the next offset.
     */
    internal fun <T> pages(
        operationId: String,
        path: List<String>,
        query: List<Pair<String, String>>,
        paged: Boolean,
        pageSize: Int?,
        item: KSerializer<T>,
        options: RequestOptions?,
    ): Flow<T> = flow {
        var offset = 0L
        while (true) {
            val q = query.toMutableList()
            if (paged || offset > 0) {
                pageSize?.let { q += "limit" to it.toString() }
                q += "offset" to offset.toString()
            }
            val page = page(operationId, path, q, false, null, null, item, options)
            for (x in page.items) emit(x)
            val next = page.info.nextOffset ?: break
            if (next <= offset) break
            offset = next
        }
    }

    override fun close() {
        ffi.close()
    }
}

internal fun RequestOptions.toFfi(): CallOptions = CallOptions(
    timeoutMs = timeout?.inWholeMilliseconds,
    maxRetries = maxRetries,
    consistency = consistency?.wire,
)
