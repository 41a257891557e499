package io.cloudpirates.sdk

import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.put
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import java.io.File
import java.util.Collections
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertIs
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kotlin.time.Duration.Companion.seconds

/**
 * Fidelity I: every list pages (and the first release's call forms still compile), a 501 is
 * `NotImplementedError`, the commands no handler answers are sent once, the routes that accept
 * an API key are sent with one, and writes decode whatever shape their answer has.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FidelityTest {
    private val emu = Emulator.start(lagMs = 0)

    @AfterAll
    fun stop() = emu.close()

    @BeforeEach
    fun reset() {
        emu.reset()
        emu.configure("""{"write_responses": "full", "applications_happy_path": false, "application_update_mode": "gateway_timeout"}""")
    }

    private fun key(): String = "kt" + System.nanoTime().toString(36).takeLast(10)

    /** A client that records (operation id, status) of every call that reached the server. */
    private fun observed(client: CloudPiratesClient, seen: MutableList<Pair<String, Int>>): CloudPiratesClient {
        client.callObserver.observer = { id, status -> seen += id to status }
        return client
    }

    private suspend fun bearer(): CloudPiratesClient {
        val c = CloudPiratesClient(baseUrl = emu.baseUrl)
        c.auth.login(emu.email, emu.password)
        return c
    }

    @Test
    fun `the first release's list call forms still compile and call the same operation`(): Unit = runBlocking {
        val opts = RequestOptions(timeout = 10.seconds)
        emu.client().use { c ->
            // The four forms: no argument, options positionally (the old `list(options)`),
            // options by name, and the new page parameters.
            val a = c.workspaces.list()
            val b = c.workspaces.list(opts)
            val d = c.workspaces.list(options = opts)
            val e = c.workspaces.list(limit = 5)
            assertEquals(a.items, b.items)
            assertEquals(a.items, d.items)
            assertTrue(e.items.size <= 5)
            assertEquals(5L, e.info.limit)
            // The same with path parameters, and the *All forms.
            val demo = a.items.first { it.workspaceKey == "demo" }.workspaceId!!
            assertEquals(c.workspaces.members.list(demo).items, c.workspaces.members.list(demo, opts).items)
            assertEquals(c.clusters.list(demo, options = opts).items, c.clusters.list(demo, limit = 50).items)
            assertEquals(c.workspaces.listAll().toList(), c.workspaces.listAll(opts).toList())
            assertEquals(c.workspaces.listAll(options = opts).toList(), c.workspaces.listAll(pageSize = 1).toList())
            assertEquals(c.applications.listAll(demo, opts).toList(), c.applications.listAll(demo, pageSize = 1).toList())
        }
        bearer().use { c ->
            // A list with a query parameter: the old positional form passes it before the options.
            assertEquals(c.auth.sessions.list(null, opts).items.size, c.auth.sessions.list(includeExpired = null, limit = 100).items.size)
            c.auth.challenges.list(opts)
            c.auth.apiKeys.list(opts)
            c.auth.webauthn.list(opts)
        }
    }

    @Test
    fun `every list operation called with limit 1 gets a page of limit 1`(): Unit = runBlocking {
        // Driven by the operation list: every operation of the spec marked x-paginated.
        val yaml = File(System.getProperty("cloudpirates.openapi")).readText()
        val paginated = Regex("""x-paginated:\s*true""").findAll(yaml).count()
        assertEquals(paginated, ListOperations.ALL.size, "a list operation is missing from ListOperations")
        assertTrue(Operations.ALL.containsAll(ListOperations.ALL.keys))

        bearer().use { c ->
            val demo = c.workspaces.list().items.first { it.workspaceKey == "demo" }.workspaceId!!
            val cluster = c.clusters.list(demo).items.first().clusterId!!
            val profile = c.billing.profiles.listAll().toList()
                .first { c.billing.invoices.list(it.billingProfileId!!, limit = 1).items.isNotEmpty() }.billingProfileId!!
            val app = c.applications.list(demo).items.first().applicationId!!
            val namespace = c.observability.listResourcesAll(demo, cluster, "NAMESPACE").toList()
                .map { it["metadata"]!!.jsonObject["name"]!!.jsonPrimitive.content }
                .first { c.observability.listNamespacedResources(demo, cluster, it, "POD").items.isNotEmpty() }
            val values = mapOf(
                "workspaceId" to demo, "clusterId" to cluster, "billingProfileId" to profile,
                "applicationId" to app, "namespace" to namespace,
            )
            for ((id, op) in ListOperations.ALL) {
                val path = op.pathParams.map { name ->
                    if (name == "resourceType") (if ("namespace" in op.pathParams) "POD" else "NAMESPACE")
                    else values[name] ?: error("$id: no value for $name")
                }
                val page = op.call(c, path, 1)
                assertEquals(1L, page.info.limit, "$id: x-Limit of a page asked with limit 1")
                assertTrue(page.items.size <= 1, "$id: ${page.items.size} items on a page of limit 1")
                val total = page.info.total
                if (total != null && total > 1) assertEquals(1L, page.info.nextOffset, "$id: next offset")
            }
        }
    }

    private suspend fun createApplication(c: CloudPiratesClient): Application {
        val ws = c.workspaces.list().items.first { it.workspaceKey == "demo" }.workspaceId!!
        val cluster = c.clusters.list(ws).items.first().clusterId!!
        val template = c.applications.templates.list(limit = 1).items.first().applicationTemplateId!!
        val full = c.applications.templates.get(template)
        val preset = full.presets!!.first().applicationTemplatePresetId!!
        val version = full.versions!!.first().let { v -> (v["appVersion"] ?: v["version"] ?: v.values.first()).jsonPrimitive.content }
        return c.applications.create(ws, template, preset, cluster, version, "kt-" + key())
    }

    @Test
    fun `a 501 is NotImplementedError, a subclass of InternalServerError`(): Unit = runBlocking {
        emu.client().use { c ->
            // applications.create answers 501 by default in the emulator (no handler behind it).
            val e = assertFailsWith<NotImplementedException> { createApplication(c) }
            assertEquals(501, e.status)
            assertEquals("NotImplementedError", e.className)
            assertIs<InternalServerException>(e)
            assertEquals(1, e.attempts, "a POST is not re-sent")
            // The shared name, as an alias in this package (not kotlin.NotImplementedError).
            val alias: io.cloudpirates.sdk.NotImplementedError = e
            assertEquals(e, alias)
            val caught = try {
                createApplication(c); null
            } catch (x: InternalServerException) {
                x
            }
            assertIs<NotImplementedException>(caught)
            // A plain 500 stays an InternalServerException.
            emu.configure("""{"faults":[{"kind":"500","every":1,"methods":"reads","max":1}]}""")
            val plain = assertFailsWith<InternalServerException> { c.trainings.list(options = RequestOptions(maxRetries = 0)) }
            assertEquals("InternalServerError", plain.className)
            assertTrue(plain !is NotImplementedException)
        }
    }

    @Test
    fun `applications update_values and update_version are sent exactly once`(): Unit = runBlocking {
        // The core sends x-never-answers operations once, whatever maxRetries says; the
        // emulator counts what reached it.
        for (mode in listOf("gateway_timeout", "service_unavailable")) {
            emu.reset()
            emu.configure("""{"write_responses": "full", "applications_happy_path": false, "application_update_mode": "$mode"}""")
            emu.client(maxRetries = 5).use { c ->
                val ws = c.workspaces.list().items.first { it.workspaceKey == "demo" }.workspaceId!!
                val app = c.applications.list(ws).items.first()
                val values = assertFailsWith<OutcomeUnknownException> {
                    c.applications.updateValues(ws, app.applicationId!!, buildJsonObject { put("replicaCount", 2) })
                }
                assertEquals(1, values.attempts, "$mode: update_values sent once (${values.className})")
                assertTrue(values.status == 503 || values.status == 504, "$mode: ${values.status}")
                assertTrue(values.mayHaveExecuted, mode)
                val version = assertFailsWith<OutcomeUnknownException> {
                    c.applications.updateVersion(ws, app.applicationId!!, app.appVersion ?: "1.0.0")
                }
                assertEquals(1, version.attempts, "$mode: update_version sent once (${version.className})")
                val sent = emu.requests()
                assertEquals(1L, sent["applications.update_values"], "$mode: $sent")
                assertEquals(1L, sent["applications.update_version"], "$mode: $sent")
            }
        }
    }

    @Test
    fun `the routes that accept an API key are sent with one, Bearer-only ones are refused before sending`(): Unit = runBlocking {
        val seen = Collections.synchronizedList(mutableListOf<Pair<String, Int>>())
        val second = emu.credentials()[1]
        bearer().use { owner ->
            // A WebAuthn key of the demo identity (registration itself is Bearer-only).
            val challenge = owner.auth.webauthn.challenge().challenge
            val cred = "kt-cred-" + key()
            val key = owner.auth.webauthn.register(buildJsonObject {
                put("id", cred); put("rawId", cred); put("type", "public-key"); put("label", "kt")
                put("user", buildJsonObject { put("name", "kt") })
                put("response", buildJsonObject { put("clientDataJSON", challenge) })
            }).webAuthnKeyId!!
            val ws = owner.workspaces.create(workspaceName = "Invite", workspaceKey = key())
            val invitation = owner.workspaces.invitations.create(
                ws.workspaceId, email = second["email"]!!.jsonPrimitive.content, role = WorkspaceMemberRole.MEMBER,
            ).invitationId!!

            observed(emu.client(), seen).use { api ->
                assertEquals("api_key", api.credentialsKind)
                api.auth.validate()
                assertTrue(api.auth.webauthn.list().items.any { it.webAuthnKeyId == key })
                assertEquals("renamed", api.auth.webauthn.updateLabel(key, "renamed").label)
                api.auth.webauthn.delete(key)
            }
            observed(CloudPiratesClient(apiKey = second["apiKey"]!!.jsonPrimitive.content, baseUrl = emu.baseUrl), seen).use { api ->
                api.workspaces.invitations.accept(invitation)
            }
            assertTrue(owner.workspaces.members.list(ws.workspaceId).items.any { it.email == second["email"]!!.jsonPrimitive.content })
        }
        val sent = seen.toList()
        for (id in listOf("auth.validate", "auth.webauthn.list", "auth.webauthn.update_label", "auth.webauthn.delete", "workspaces.invitations.accept")) {
            val statuses = sent.filter { it.first == id }.map { it.second }
            assertTrue(statuses.isNotEmpty() && statuses.all { it in 200..299 }, "$id with an API key: $statuses")
        }

        // Bearer-only groups: refused by the client, nothing sent.
        seen.clear()
        observed(emu.client(), seen).use { api ->
            val refused: List<suspend () -> Unit> = listOf(
                { api.auth.sessions.list() },
                { api.auth.challenges.list() },
                { api.auth.apiKeys.list() },
                { api.auth.apiKeys.create("nope") },
                { api.auth.challenges.startTotp() },
                { api.auth.changePassword(existingPassword = "a", password = "b") },
            )
            for (call in refused) {
                val e = assertFailsWith<CloudPiratesException> { call() }
                assertNull(e.status, "${e.className}: refused before sending")
                assertEquals(0, e.attempts)
            }
        }
        assertEquals(emptyList(), seen.toList(), "nothing reached the server")
    }

    @Test
    fun `writes decode whatever shape their answer has`(): Unit = runBlocking {
        emu.client().use { c ->
            for (mode in listOf("empty", "empty_object", "no_content", "minimal", "full")) {
                emu.writeResponses(mode)
                val k = key()
                val ws = c.workspaces.create(workspaceName = "Shape $mode", workspaceKey = k)
                // Fields the answer left out come from the request.
                assertEquals(k, ws.workspaceKey, mode)
                assertEquals("Shape $mode", ws.workspaceName, mode)
                val id = ws.workspaceId.ifEmpty { c.workspaces.listAll().toList().first { it.workspaceKey == k }.workspaceId!! }
                if (mode == "minimal" || mode == "full") assertTrue(ws.workspaceId.isNotEmpty(), mode)
                val renamed = c.workspaces.rename(id, "Renamed $mode")
                assertEquals(id, renamed.workspaceId, "$mode: the path parameter fills the id")
                assertEquals("Renamed $mode", renamed.workspaceName, mode)
                assertEquals("Renamed $mode", c.workspaces.get(id).workspaceName)
                c.workspaces.delete(id)
            }
        }
    }
}
