package io.cloudpirates.sdk

import io.cloudpirates.sdk.ffi.CallOptions
import io.cloudpirates.sdk.ffi.ClientConfig
import io.cloudpirates.sdk.ffi.FfiClient
import io.cloudpirates.sdk.ffi.FfiException
import io.cloudpirates.sdk.ffi.QueryParam
import io.cloudpirates.sdk.ffi.RawResponse
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow
import kotlinx.serialization.KSerializer
import kotlinx.serialization.SerializationException
import kotlinx.serialization.builtins.ListSerializer
import kotlinx.serialization.descriptors.PrimitiveKind
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.descriptors.SerialKind
import kotlinx.serialization.descriptors.StructureKind
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

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
        }
    }

    internal fun <T> decode(operationId: String, resp: RawResponse, serializer: KSerializer<T>): T =
        decodeText(operationId, resp.body, serializer, "{}")

    /**
     * Decodes the response of a write whose documented answer is a model. Servers answer
     * writes in many shapes (the full resource, an empty body, `{}`, a 204, only the ids), so
     * a missing field is never an error: fields the server left out are taken from the path
     * parameters and the request body when they share the field's name, and any required field
     * still missing gets its zero value (`""`, `0`, `false`, empty list/object, the first enum
     * constant). Only a body that is not a JSON object is a decode error.
     */
    internal fun <T> decodeWrite(
        operationId: String,
        resp: RawResponse,
        serializer: KSerializer<T>,
        known: Map<String, String>,
        requestJson: String?,
    ): T {
        val text = resp.body.toString(Charsets.UTF_8)
        val received: JsonObject = if (text.isBlank()) {
            JsonObject(emptyMap())
        } else {
            val parsed = try {
                json.parseToJsonElement(text)
            } catch (e: SerializationException) {
                throw ResponseDecodeException(simpleFields("$operationId: the response is not JSON"))
            }
            parsed as? JsonObject ?: return decodeText(operationId, resp.body, serializer, "{}")
        }
        val descriptor = serializer.descriptor
        if (descriptor.kind != StructureKind.CLASS) return decodeText(operationId, resp.body, serializer, "{}")
        val request = requestJson?.let { runCatching { json.parseToJsonElement(it) as? JsonObject }.getOrNull() }
        val merged = received.toMutableMap()
        for (i in 0 until descriptor.elementsCount) {
            val name = descriptor.getElementName(i)
            if (merged[name] != null && merged[name] !is JsonNull) continue
            val fromRequest = request?.get(name)?.takeIf { it !is JsonNull }
            val fromPath = known[name]?.let { JsonPrimitive(it) }
            val value = fromRequest ?: fromPath
            if (value != null) merged[name] = value
        }
        val completed = complete(JsonObject(merged), descriptor)
        return try {
            json.decodeFromJsonElement(serializer, completed)
        } catch (e: SerializationException) {
            // A merged request value of another type than the response's field: drop the merge.
            try {
                json.decodeFromJsonElement(serializer, complete(received, descriptor))
            } catch (e: SerializationException) {
                throw ResponseDecodeException(simpleFields("$operationId: the response does not match the expected model"))
            } catch (e: IllegalArgumentException) {
                throw ResponseDecodeException(simpleFields("$operationId: the response does not match the expected model"))
            }
        } catch (e: IllegalArgumentException) {
            throw ResponseDecodeException(simpleFields("$operationId: the response does not match the expected model"))
        }
    }

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

    /** Fills every required field of [obj] that is absent (or null) with its zero value, recursively. */
    private fun complete(obj: JsonObject, descriptor: SerialDescriptor): JsonObject {
        if (descriptor.kind != StructureKind.CLASS) return obj
        val out = obj.toMutableMap()
        for (i in 0 until descriptor.elementsCount) {
            val name = descriptor.getElementName(i)
            val element = descriptor.getElementDescriptor(i)
            val present = out[name]
            if (present == null || present is JsonNull) {
                if (descriptor.isElementOptional(i) || element.isNullable) continue
                zero(element)?.let { out[name] = it }
            } else if (present is JsonObject && element.kind == StructureKind.CLASS) {
                out[name] = complete(present, element)
            }
        }
        return JsonObject(out)
    }

    private fun zero(d: SerialDescriptor): JsonElement? = when (d.kind) {
        PrimitiveKind.STRING, PrimitiveKind.CHAR -> JsonPrimitive("")
        PrimitiveKind.INT, PrimitiveKind.LONG, PrimitiveKind.SHORT, PrimitiveKind.BYTE -> JsonPrimitive(0)
        PrimitiveKind.DOUBLE, PrimitiveKind.FLOAT -> JsonPrimitive(0.0)
        PrimitiveKind.BOOLEAN -> JsonPrimitive(false)
        SerialKind.ENUM -> if (d.elementsCount > 0) JsonPrimitive(d.getElementName(0)) else null
        StructureKind.LIST -> JsonArray(emptyList())
        StructureKind.MAP, StructureKind.OBJECT -> JsonObject(emptyMap())
        StructureKind.CLASS -> complete(JsonObject(emptyMap()), d)
        else -> JsonObject(emptyMap()) // JsonElement and other polymorphic values
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
