package io.cloudpirates.sdk

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
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
 *
 * The emulator is as awkward as the documented API by default (150 ms read lag, activation
 * before a new identity's first login, application updates hanging 30 s before their 504).
 * Every suite therefore says its read lag ([start]'s `lagMs`, restored by [reset]); the
 * never-answering application updates always hang only [APPLICATION_UPDATE_DELAY_MS]; a test
 * that registers an identity calls [activate] before logging it in.
 */
class Emulator private constructor(private val process: Process, val info: JsonObject, val lagMs: Int) : AutoCloseable {
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

    /** A plain HTTP call to the API (`$baseUrl/$path`), bypassing the SDK: to see what the server itself sends. */
    fun raw(method: String, path: String, body: String? = null, authorization: String? = "ApiKey $apiKey"): HttpResponse<String> {
        val req = HttpRequest.newBuilder(URI.create("${baseUrl.trimEnd('/')}/$path"))
            .method(method, body?.let { HttpRequest.BodyPublishers.ofString(it) } ?: HttpRequest.BodyPublishers.noBody())
            .header("content-type", "application/json")
            .apply { if (authorization != null) header("authorization", authorization) }
            .build()
        return http.send(req, HttpResponse.BodyHandlers.ofString())
    }

    /** Fresh state, the suite's lag, no faults, short application updates (the reset keeps the runtime configuration). */
    fun reset() {
        control("POST", "reset")
        configure("""{"lag_ms": $lagMs, "faults": [], "application_update_delay_ms": $APPLICATION_UPDATE_DELAY_MS}""")
    }

    /** The emulator's runtime configuration (`GET /_emulator/config`). */
    fun config(): JsonObject = control("GET", "config").jsonObject

    /** Activates a newly registered identity (`POST /_emulator/activate`); needed before its first login. */
    fun activate(email: String) {
        control("POST", "activate", """{"email": ${Json.encodeToString(JsonPrimitive.serializer(), JsonPrimitive(email))}}""")
    }

    fun configure(json: String) {
        control("PUT", "config", json)
    }

    /** Shapes the bodies of successful writes: `full`, `empty`, `empty_object`, `no_content`, `minimal`. */
    fun writeResponses(mode: String) = configure("""{"write_responses": "$mode"}""")

    /** Requests the emulator received per operation id since the last reset (`GET /_emulator/counters`). */
    fun requests(): Map<String, Long> =
        control("GET", "counters").jsonObject["requests"]?.jsonObject.orEmpty().mapValues { it.value.jsonPrimitive.content.toLong() }

    /**
     * The newest API requests the emulator received, oldest first (`GET /_emulator/requests`):
     * `{operation, method, path, query, headers: {lowercase-name: value}}`, the credential redacted.
     */
    fun journal(): List<JsonObject> = control("GET", "requests").jsonArray.map { it.jsonObject }

    /** Empties the request journal (`DELETE /_emulator/requests`). */
    fun clearJournal() {
        control("DELETE", "requests")
    }

    /** Every identity the emulator seeded: `{identityId, email, password, apiKey, ...}`. */
    fun credentials(): List<JsonObject> = control("GET", "credentials").jsonArray.map { it.jsonObject }

    fun client(consistency: Consistency? = null, maxRetries: Int? = null, consistencyTokenKey: String? = null): CloudPiratesClient =
        CloudPiratesClient(
            apiKey = apiKey, baseUrl = baseUrl, consistency = consistency, maxRetries = maxRetries,
            consistencyTokenKey = consistencyTokenKey,
        )

    override fun close() {
        process.destroy()
        if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly()
    }

    companion object {
        /** How long `applications.update_values`/`update_version` hang before their 504/503 in every suite. */
        const val APPLICATION_UPDATE_DELAY_MS = 200

        /**
         * Starts an emulator whose read model lags [lagMs] (0 for speed; the documented API lags,
         * which only the read-your-writes tests need) and whose application updates hang
         * [APPLICATION_UPDATE_DELAY_MS]. [args] are further CLI flags.
         */
        fun start(lagMs: Int, vararg args: String): Emulator {
            val bin = System.getProperty("cloudpirates.emulator")
                ?: error("system property cloudpirates.emulator is not set (run through Maven)")
            check(File(bin).canExecute()) { "$bin is missing: cargo build -p cloudpirates-emulator" }
            // stdin stays a pipe held by this JVM: with --watch-stdin the emulator also goes away
            // when the JVM does, even if close() never runs (a killed test run).
            val fixed = listOf(
                bin, "--port", "0", "--watch-stdin",
                "--lag-ms", lagMs.toString(), "--application-update-delay-ms", APPLICATION_UPDATE_DELAY_MS.toString(),
            )
            val p = ProcessBuilder(fixed + args)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start()
            val line = p.inputStream.bufferedReader().readLine()
                ?: error("the emulator exited without printing its address")
            val emu = Emulator(p, Json.parseToJsonElement(line).jsonObject, lagMs)
            val config = emu.config()
            check(config["lag_ms"]?.jsonPrimitive?.content == lagMs.toString()) { "lag not applied: $config" }
            check(config["application_update_delay_ms"]!!.jsonPrimitive.content.toLong() <= APPLICATION_UPDATE_DELAY_MS) { "update delay not applied: $config" }
            return emu
        }

        private fun JsonObject.str(k: String): String = this[k]?.jsonPrimitive?.content ?: error("no $k in the emulator's line")
    }
}
