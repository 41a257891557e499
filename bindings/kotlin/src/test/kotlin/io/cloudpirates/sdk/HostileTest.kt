package io.cloudpirates.sdk

import com.sun.net.httpserver.HttpServer
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import java.net.InetSocketAddress
import java.util.concurrent.atomic.AtomicInteger
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertNull
import kotlin.test.assertTrue

/**
 * Hostile servers and bugs (issue 13, the Kotlin part): models holding secrets never print
 * them, a redirect is never followed (and the credentials never reach its target), and a Rust
 * panic reaches the caller as an exception of the SDK's family while the JVM goes on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTest {
    private val emu = Emulator.start(lagMs = 0)

    @AfterAll
    fun stop() = emu.close()

    @BeforeEach
    fun reset() = emu.reset()

    private val secret = "s3cr3t-value-that-must-not-print"

    private fun assertRedacted(model: Any, vararg shown: String) {
        val text = model.toString()
        assertFalse(secret in text, "a secret printed: $text")
        assertTrue(Redaction.MARKER in text, "no redaction marker: $text")
        for (s in shown) assertTrue(s in text, "$s missing from $text")
    }

    @Test
    fun `every model holding a secret prints the redaction marker instead`() {
        // Every model with an x-secret field of openapi/cloudpirates.yaml.
        assertRedacted(TokenResponse(secret, secret, TokenAuthClaims(jti = "j-1", exp = 1L)), "TokenResponse(", "auth=")
        assertRedacted(LoginResponse(accessToken = secret, refreshToken = secret, verificationToken = secret, challengeRequired = false), "challengeRequired=false")
        assertRedacted(SmsChallengeSetup(verificationToken = secret))
        assertRedacted(TotpChallengeSetup(otpAuthUri = "otpauth://totp/x?secret=$secret"))
        assertRedacted(CreatedApiKey(id = "key-1", label = "ci", apiKey = secret), "id=key-1", "label=ci")
        assertRedacted(InvoicePdfUrl(url = "https://pdf.example/x?sig=$secret"))
        assertRedacted(Cluster(clusterId = "c-1", clusterName = "prod", accessToken = secret), "clusterId=c-1", "clusterName=prod")
        assertRedacted(ClusterAccessToken(accessToken = secret))
        assertRedacted(RegisterRequest(email = "a@b.c", password = secret, firstName = "A", lastName = "B"), "email=a@b.c")
        assertRedacted(LoginRequest(email = "a@b.c", password = secret), "email=a@b.c")
        assertRedacted(LoginChallengeRequest(verificationToken = secret, challengeCode = secret))
        assertRedacted(ChangePasswordRequest(existingPassword = secret, password = secret))
        assertRedacted(RefreshRequest(refreshToken = secret))
        assertRedacted(ActivateSmsChallengeRequest(verificationToken = secret, challengeCode = secret))
        assertRedacted(ActivateTotpChallengeRequest(token = secret))
        // An absent optional secret stays null (nothing to hide); values stay readable.
        val none = LoginResponse(challengeRequired = true)
        assertEquals("LoginResponse(accessToken=null, refreshToken=null, auth=null, challengeRequired=true, verificationToken=null)", none.toString())
        assertEquals(secret, ClusterAccessToken(secret).accessToken)
        // Nested and in collections too (toString of the container calls the model's).
        assertFalse(secret in listOf(Cluster(accessToken = secret)).toString())
        assertFalse(secret in Page(listOf(CreatedApiKey(apiKey = secret)), PageInfo()).toString())
        // equals/hashCode are untouched.
        assertEquals(ClusterAccessToken(secret), ClusterAccessToken(secret))
    }

    @Test
    fun `secrets the emulator sends never print`(): Unit = runBlocking {
        CloudPiratesClient(baseUrl = emu.baseUrl).use { c ->
            val login = c.auth.login(emu.email, emu.password)
            val token = login.accessToken!!
            assertFalse(token in login.toString(), login.toString())
            assertFalse(login.refreshToken!! in login.toString())
            val key = c.auth.apiKeys.create("kt-redaction")
            assertFalse(key.apiKey!! in key.toString(), key.toString())
            val ws = c.workspaces.list().items.first { it.workspaceKey == "demo" }.workspaceId!!
            val cluster = c.clusters.list(ws).items.first().clusterId!!
            val rotated = c.clusters.rotateAccessToken(ws, cluster)
            assertFalse(rotated.accessToken in rotated.toString(), rotated.toString())
            assertTrue(Redaction.MARKER in rotated.toString())
            val profile = c.billing.profiles.list().items.first { c.billing.invoices.list(it.billingProfileId!!, limit = 1).items.isNotEmpty() }
            val invoice = c.billing.invoices.list(profile.billingProfileId!!, limit = 1).items.first()
            val pdf = c.billing.invoices.pdfUrl(profile.billingProfileId!!, invoice.invoiceId!!)
            assertFalse(pdf.url in pdf.toString(), pdf.toString())
        }
    }

    /** A local HTTP server answering every request with [handler]'s status and headers; counts requests. */
    private class Server(handler: (method: String, path: String) -> Pair<Int, Map<String, String>>) : AutoCloseable {
        val count = AtomicInteger()
        val paths: MutableList<String> = java.util.Collections.synchronizedList(mutableListOf())
        private val server = HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0).apply {
            createContext("/") { ex ->
                count.incrementAndGet()
                paths += "${ex.requestMethod} ${ex.requestURI.path}"
                ex.requestBody.readAllBytes()
                val (status, headers) = handler(ex.requestMethod, ex.requestURI.path)
                headers.forEach { (k, v) -> ex.responseHeaders.add(k, v) }
                ex.sendResponseHeaders(status, -1)
                ex.close()
            }
            start()
        }
        val port: Int get() = server.address.port
        val origin: String get() = "http://127.0.0.1:$port"
        override fun close() = server.stop(0)
    }

    @Test
    fun `a redirect of the login is an ApiException naming the other origin, and nothing follows it`(): Unit = runBlocking {
        Server { _, _ -> 200 to emptyMap() }.use { thief ->
            Server { method, path ->
                if (method == "POST" && path == "/v1/auth/login") 307 to mapOf("Location" to "${thief.origin}/steal")
                else 404 to emptyMap()
            }.use { hostile ->
                CloudPiratesClient(baseUrl = "${hostile.origin}/v1", maxRetries = 3).use { c ->
                    val e = assertFailsWith<CloudPiratesException> { c.auth.login("someone@example.com", secret) }
                    assertIs<ApiException>(e, "${e.className}: ${e.detail}")
                    assertEquals("APIError", e.className)
                    assertEquals(307, e.status)
                    assertTrue(thief.origin in e.detail, "the message names the redirect's origin: ${e.detail}")
                    assertFalse("/steal" in e.detail, "only the origin is named: ${e.detail}")
                    assertFalse(secret in e.detail || secret in (e.body ?: ""), "the password is never echoed")
                    assertTrue(e.mayHaveExecuted, "a POST answered 3xx may have been applied")
                    assertEquals(1, e.attempts)
                }
                assertEquals(listOf("POST /v1/auth/login"), hostile.paths.toList(), "the login was sent once")
            }
            assertEquals(0, thief.count.get(), "nothing reached the redirect's target: ${thief.paths}")
        }
    }

    @Test
    fun `a redirect of a read with an API key never sends the key to the other origin`(): Unit = runBlocking {
        Server { _, _ -> 200 to emptyMap() }.use { thief ->
            Server { _, _ -> 302 to mapOf("Location" to "${thief.origin}/v1/workspaces") }.use { hostile ->
                CloudPiratesClient(apiKey = secret, baseUrl = "${hostile.origin}/v1").use { c ->
                    val e = assertFailsWith<ApiException> { c.workspaces.list() }
                    assertEquals(302, e.status)
                    assertTrue(thief.origin in e.detail, e.detail)
                    assertFalse(e.mayHaveExecuted, "a GET changes nothing")
                    assertFalse(secret in e.toString())
                }
            }
            assertEquals(0, thief.count.get())
        }
    }

    @Test
    fun `a Rust panic is an ApiException and the JVM and the runtime go on`(): Unit = runBlocking {
        emu.client().use { c ->
            val before = c.workspaces.list().items.size
            // Guarded (the path every call takes) and unguarded (uniffi's own catch), repeatedly
            // and concurrently with real calls on the same runtime.
            repeat(5) {
                for (guarded in listOf(true, false)) {
                    val e = assertFailsWith<CloudPiratesException> { Transport.panicForTests(guarded) }
                    assertIs<ApiException>(e, "guarded=$guarded: ${e.className}")
                    assertEquals("APIError", e.className)
                    assertNull(e.status)
                    assertTrue(e.mayHaveExecuted, "the outcome of a panicked call is unknown")
                    assertTrue("panic" in e.detail, e.detail)
                }
            }
            val mixed = coroutineScope {
                (1..8).map { i ->
                    async {
                        if (i % 2 == 0) runCatching { Transport.panicForTests(i % 4 == 0) }.exceptionOrNull()
                        else c.workspaces.list().items.size
                    }
                }.awaitAll()
            }
            for ((i, r) in mixed.withIndex()) {
                if ((i + 1) % 2 == 0) assertIs<ApiException>(r) else assertEquals(before, r)
            }
            // A normal call, and a write, still work afterwards on the same client.
            assertEquals(before, c.workspaces.list().items.size)
            val k = "kp" + System.nanoTime().toString(36).takeLast(8)
            val ws = c.workspaces.create(workspaceName = "After panic", workspaceKey = k)
            assertEquals(k, c.workspaces.get(ws.workspaceId).workspaceKey)
        }
        // And a new client.
        emu.client().use { c -> assertTrue(c.workspaces.list().items.isNotEmpty()) }
    }
}
