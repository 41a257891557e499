package io.cloudpirates.sdk

import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.JsonTransformingSerializer

/**
 * The serializer of a generated model with enum-typed fields: decoding keeps each such field's
 * wire value beside the typed one (under `<field>@raw`, read through the model's `<field>Raw`
 * property), so a value this SDK does not know is never lost; the typed property is then
 * `null` (the decoder's `coerceInputValues`). Encoding never sends the kept values.
 */
internal open class KeepEnumWireValues<T : Any>(
    generated: KSerializer<T>,
    private val fields: List<String>,
) : JsonTransformingSerializer<T>(generated) {
    override fun transformDeserialize(element: JsonElement): JsonElement {
        if (element !is JsonObject) return element
        val kept = fields.mapNotNull { f ->
            (element[f] as? JsonPrimitive)?.takeIf { it.isString }?.let { "$f$SUFFIX" to it }
        }
        return if (kept.isEmpty()) element else JsonObject(element + kept)
    }

    override fun transformSerialize(element: JsonElement): JsonElement =
        if (element is JsonObject) JsonObject(element.filterKeys { !it.endsWith(SUFFIX) }) else element

    internal companion object {
        /** The key a field's wire value is kept under while decoding. */
        const val SUFFIX: String = "@raw"
    }
}
