package io.cloudpirates.sdk

import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue

/**
 * Fidelity II: the emulator is as awkward as the documented API (commit 6535441) and the SDK
 * copes: `challengeRequired` derived by the core from the tokens, activation before a new
 * identity's first login, weak and breached passwords refused with a business error, the
 * trainings list's quirky `Link` header paged through by `listAll`, and a created API key's
 * secret readable (and usable) once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentedBehaviourTest {
    private val emu = Emulator.start(lagMs = 0)

    @AfterAll
    fun stop() = emu.close()

    @BeforeEach
    fun reset() = emu.reset()

    private fun email(tag: String) = "kt-$tag-${System.nanoTime().toString(36)}@cloudpirates.test"

    private val strong = "Kotlin-Str0ng-Pass"

    private suspend fun bearer(email: String, password: String): CloudPiratesClient {
        val c = CloudPiratesClient(baseUrl = emu.baseUrl)
        c.auth.login(email, password)
        return c
    }

    @Test
    fun `a registered identity logs in only after its activation`(): Unit = runBlocking {
        val email = email("activation")
        CloudPiratesClient(baseUrl = emu.baseUrl).use { c ->
            assertEquals(email, c.auth.register(email, strong, "Kotlin", "Activation").email)
            val e = assertFailsWith<PermissionDeniedException> { c.auth.login(email, strong) }
            assertEquals(403, e.status)
            assertTrue("activ" in e.detail.lowercase(), e.detail)
            assertEquals("none", c.credentialsKind, "no tokens adopted from a refused login")
            emu.activate(email)
            val tokens = c.auth.login(email, strong)
            assertNotNull(tokens.accessToken)
            assertEquals(false, tokens.challengeRequired, "derived from the tokens: an access token, no verification token")
            assertEquals("bearer", c.credentialsKind)
            assertEquals(email, c.auth.me().email)
        }
    }

    @Test
    fun `weak and breached passwords are refused with a typed business error`(): Unit = runBlocking {
        CloudPiratesClient(baseUrl = emu.baseUrl).use { c ->
            val weak = assertFailsWith<BadRequestException> { c.auth.register(email("weak"), "weakpass", "Kotlin", "Weak") }
            assertEquals(400, weak.status)
            assertEquals("BadRequestError", weak.className)
            val weakRule = assertNotNull(weak.businessError, weak.toString())
            assertEquals("password", weakRule.path)
            assertTrue("complex" in weakRule.expected.orEmpty(), weakRule.toString())
            assertTrue(weak.validationErrors.isEmpty(), "a business rule, not a schema error")
            assertFalse("weakpass" in weak.toString(), "the refused password is not echoed")

            val breached = assertFailsWith<BadRequestException> { c.auth.register(email("breached"), "Passw0rd!", "Kotlin", "Breached") }
            val breachedRule = assertNotNull(breached.businessError, breached.toString())
            assertEquals("password", breachedRule.path)
            assertTrue("breach" in breachedRule.expected.orEmpty(), breachedRule.toString())
        }
        // change_password applies the same rules.
        val email = email("change")
        CloudPiratesClient(baseUrl = emu.baseUrl).use { it.auth.register(email, strong, "Kotlin", "Change") }
        emu.activate(email)
        bearer(email, strong).use { c ->
            val e = assertFailsWith<BadRequestException> { c.auth.changePassword(existingPassword = strong, password = "Passw0rd!") }
            assertTrue("breach" in e.businessError?.expected.orEmpty(), e.toString())
            val w = assertFailsWith<BadRequestException> { c.auth.changePassword(existingPassword = strong, password = "alllowercase1") }
            assertEquals("password", w.businessError?.path, w.toString())
            c.auth.changePassword(existingPassword = strong, password = "$strong-2")
        }
    }

    @Test
    fun `challengeRequired is true after an MFA login although the server never sends it`(): Unit = runBlocking {
        val email = email("mfa")
        CloudPiratesClient(baseUrl = emu.baseUrl).use { it.auth.register(email, strong, "Kotlin", "Mfa") }
        emu.activate(email)
        bearer(email, strong).use { c ->
            val setup = c.auth.challenges.startSms("+4915112345678")
            val code = emu.control("GET", "mfa-codes").jsonArray.map { it.jsonObject }
                .first { it["email"]?.jsonPrimitive?.content == email }["pending"]!!.jsonArray.map { it.jsonObject }
                .first { it["verificationToken"]?.jsonPrimitive?.content == setup.verificationToken }["code"]!!.jsonPrimitive.content
            c.auth.challenges.activateSms(setup.verificationToken, code)
        }
        // What the server sends: tokens only, no challengeRequired.
        val raw = emu.raw("POST", "auth/login", """{"email":"$email","password":"$strong","desiredChallenge":"SMS"}""", authorization = null)
        assertEquals(200, raw.statusCode(), raw.body())
        val body = Json.parseToJsonElement(raw.body()).jsonObject
        assertFalse("challengeRequired" in body, raw.body())
        assertTrue("verificationToken" in body && "accessToken" !in body, raw.body())

        CloudPiratesClient(baseUrl = emu.baseUrl).use { c ->
            val step = c.auth.login(email, strong, desiredChallenge = AuthChallengeType.SMS)
            assertEquals(true, step.challengeRequired, "derived by the core from the tokens")
            assertNull(step.accessToken)
            val token = assertNotNull(step.verificationToken)
            assertEquals("none", c.credentialsKind, "no session before the second factor")
            val code = emu.control("GET", "mfa-codes").jsonArray.map { it.jsonObject }
                .first { it["email"]?.jsonPrimitive?.content == email }["pending"]!!.jsonArray.map { it.jsonObject }
                .first { it["verificationToken"]?.jsonPrimitive?.content == token }["code"]!!.jsonPrimitive.content
            c.auth.loginChallenge(token, code)
            assertEquals("bearer", c.credentialsKind)
            assertEquals(email, c.auth.me().email)
        }
        // A lowercase desiredChallenge (which the typed enum cannot send) is a business error.
        val lower = emu.raw("POST", "auth/login", """{"email":"$email","password":"$strong","desiredChallenge":"sms"}""", authorization = null)
        assertEquals(400, lower.statusCode())
        assertTrue("ChallengeTypeInvalidError" in lower.body(), lower.body())
    }

    @Test
    fun `listAll pages through the trainings' quirky Link header, every item exactly once`(): Unit = runBlocking {
        // The documented quirks are really served: /api/... on first and last, no comma after prev.
        val link = emu.raw("GET", "trainings?limit=5&offset=5").headers().firstValue("link").orElse("")
        assertTrue("</api/trainings" in link, link)
        assertTrue(Regex("""rel="prev" <""").containsMatchIn(link), link)

        emu.client().use { c ->
            val total = c.trainings.list(limit = 1).info.total!!.toInt()
            assertTrue(total > 20, "the seed has $total trainings")
            // Every training once, by offset, with a page size large enough for one page.
            val expected = c.trainings.list(limit = total).items.map { it["trainingId"]!!.jsonPrimitive.content }
            assertEquals(total, expected.toSet().size)
            for (pageSize in listOf(1, 5, 7, 20, total, total + 3)) {
                val ids = c.trainings.listAll(pageSize = pageSize).toList().map { it["trainingId"]!!.jsonPrimitive.content }
                assertEquals(total, ids.size, "pageSize $pageSize: item count")
                assertEquals(expected, ids, "pageSize $pageSize: every item exactly once, in order")
            }
            // Page by page, the next offset follows the quirky Link.
            var page = c.trainings.list(limit = 7)
            var seen = page.items.size
            while (page.hasNextPage) {
                page = c.trainings.list(limit = 7, offset = page.info.nextOffset!!)
                seen += page.items.size
            }
            assertEquals(total, seen)
        }
    }

    @Test
    fun `a created API key's secret is readable once and works`(): Unit = runBlocking {
        bearer(emu.email, emu.password).use { c ->
            val label = "kt-secret-" + System.nanoTime().toString(36)
            val created = c.auth.apiKeys.create(label)
            val secret = assertNotNull(created.apiKey, "the secret of a new API key")
            assertTrue(secret.isNotBlank())
            assertEquals(label, created.label)
            assertFalse(secret in created.toString(), "the secret never prints")
            val id = assertNotNull(created.id)
            assertTrue(c.auth.apiKeys.listAll().toList().any { it.id == id && it.label == label })
            CloudPiratesClient(apiKey = secret, baseUrl = emu.baseUrl).use { api ->
                assertEquals(emu.email, api.auth.me().email, "the new key authenticates as its owner")
            }
            c.auth.apiKeys.delete(id)
            CloudPiratesClient(apiKey = secret, baseUrl = emu.baseUrl).use { api ->
                assertFailsWith<AuthenticationException> { api.auth.me() }
            }
        }
    }
}
