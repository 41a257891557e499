package io.cloudpirates.sdk

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import java.io.File
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.concurrent.TimeUnit

/**
 * A real `cloudpirates-emulator` process on a free port. The tests talk HTTP to it through
 * the real client (nothing is mocked); the control API under `/_emulator/` sets lag and faults.
 */
class Emulator private constructor(private val process: Process, val info: JsonObject) : AutoCloseable {
    val baseUrl: String = info.str("base_url")
    val origin: String = info.str("origin")
    val apiKey: String = info.str("api_key")
    val email: String = info.str("email")
    val password: String = info.str("password")
    val identityId: String = info.str("identity_id")

    private val http = HttpClient.newHttpClient()

    fun control(method: String, path: String, body: String? = null): JsonElement {
        val req = HttpRequest.newBuilder(URI.create("$origin/_emulator/$path"))
            .method(method, body?.let { HttpRequest.BodyPublishers.ofString(it) } ?: HttpRequest.BodyPublishers.noBody())
            .header("content-type", "application/json")
            .build()
        val resp = http.send(req, HttpResponse.BodyHandlers.ofString())
        check(resp.statusCode() in 200..299) { "control $method $path: ${resp.statusCode()} ${resp.body()}" }
        return Json.parseToJsonElement(resp.body().ifBlank { "{}" })
    }

    /** Fresh state, no lag, no faults (the reset keeps the runtime configuration). */
    fun reset() {
        control("POST", "reset")
        configure("""{"lag_ms": 0, "faults": []}""")
    }

    fun configure(json: String) {
        control("PUT", "config", json)
    }

    /** Shapes the bodies of successful writes: `full`, `empty`, `empty_object`, `no_content`, `minimal`. */
    fun writeResponses(mode: String) = configure("""{"write_responses": "$mode"}""")

    /** Requests the emulator received per operation id since the last reset (`GET /_emulator/counters`). */
    fun requests(): Map<String, Long> =
        control("GET", "counters").jsonObject["requests"]?.jsonObject.orEmpty().mapValues { it.value.jsonPrimitive.content.toLong() }

    /** Every identity the emulator seeded: `{identityId, email, password, apiKey, ...}`. */
    fun credentials(): List<JsonObject> = control("GET", "credentials").jsonArray.map { it.jsonObject }

    fun client(consistency: Consistency? = null, maxRetries: Int? = null): CloudPiratesClient =
        CloudPiratesClient(apiKey = apiKey, baseUrl = baseUrl, consistency = consistency, maxRetries = maxRetries)

    override fun close() {
        process.destroy()
        if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly()
    }

    companion object {
        fun start(vararg args: String): Emulator {
            val bin = System.getProperty("cloudpirates.emulator")
                ?: error("system property cloudpirates.emulator is not set (run through Maven)")
            check(File(bin).canExecute()) { "$bin is missing: cargo build -p cloudpirates-emulator" }
            // stdin stays a pipe held by this JVM: with --watch-stdin the emulator also goes away
            // when the JVM does, even if close() never runs (a killed test run).
            val p = ProcessBuilder(listOf(bin, "--port", "0", "--watch-stdin") + args)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start()
            val line = p.inputStream.bufferedReader().readLine()
                ?: error("the emulator exited without printing its address")
            return Emulator(p, Json.parseToJsonElement(line).jsonObject)
        }

        private fun JsonObject.str(k: String): String = this[k]?.jsonPrimitive?.content ?: error("no $k in the emulator's line")
    }
}
