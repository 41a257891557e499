package io.cloudpirates.sdk

import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.put
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import java.io.File
import java.net.URI
import java.util.Collections
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertTrue

/**
 * Calls every operation of `openapi/cloudpirates.yaml` through the generated Kotlin surface
 * against the emulator, in realistic flows (register, MFA, WebAuthn, invitations, billing,
 * clusters, observability, applications), and checks that each one succeeded.
 *
 * The same flow runs once per shape of write answers the emulator can give
 * (`write_responses`: full, empty, empty_object, no_content, minimal; switched at run time
 * through the control API, one emulator for the whole class): every write must still succeed
 * and decode. When a write's answer is missing, the flow finds what it needs the way a user
 * would: by listing (the created workspace by its `workspaceKey`, the `x-lookup-key`), or from
 * the emulator's control API (MFA codes, invitations). A value only the answer carries (login
 * tokens, a WebAuthn challenge) is fetched by calling the same operation again with full
 * answers, after the call under the mode under test succeeded; calls made while full answers
 * are switched on do not count as covered for that mode.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageTest {
    private val emu = Emulator.start(0, "--applications-happy-path", "--application-updates", "succeed")
    private val succeeded: MutableSet<String> = Collections.synchronizedSet(mutableSetOf())

    /** The `write_responses` mode under test, and whether full answers are switched on for a moment. */
    @Volatile private var mode = "full"
    @Volatile private var fullForAMoment = false

    @AfterAll
    fun stop() = emu.close()

    private fun client(apiKey: String? = null): CloudPiratesClient {
        val c = CloudPiratesClient(apiKey = apiKey, baseUrl = emu.baseUrl)
        c.callObserver.observer = { id, status -> if (status in 200..299 && !fullForAMoment) succeeded += id }
        return c
    }

    private fun specOperationIds(): List<String> {
        val yaml = File(System.getProperty("cloudpirates.openapi")).readText()
        return Regex("""^\s*operationId:\s*['"]?([\w.]+)['"]?\s*$""", RegexOption.MULTILINE).findAll(yaml).map { it.groupValues[1] }.toList()
    }

    private fun mfa(email: String): JsonObject =
        emu.control("GET", "mfa-codes").jsonArray.map { it.jsonObject }.first { it["email"]?.jsonPrimitive?.content == email }

    private fun pendingCode(email: String, token: String): String =
        mfa(email)["pending"]!!.jsonArray.map { it.jsonObject }
            .first { it["verificationToken"]?.jsonPrimitive?.content == token }["code"]!!.jsonPrimitive.content

    @Test
    fun `the generated surface lists exactly the spec's operations`() {
        val ids = specOperationIds()
        assertEquals(72, ids.size)
        assertEquals(ids.sorted(), Operations.ALL.sorted())
        assertEquals(ids.sorted(), io.cloudpirates.sdk.ffi.operationIds().sorted(), "the native library knows the same operations")
    }

    /** Runs [block] with the emulator's full write answers (for a value only the answer carries). */
    private suspend fun <T> full(block: suspend () -> T): T {
        if (mode == "full") return block()
        emu.writeResponses("full")
        fullForAMoment = true
        try {
            return block()
        } finally {
            fullForAMoment = false
            emu.writeResponses(mode)
        }
    }

    /** The pending SMS verification (`purpose` login or setup) of [email]. */
    private fun pending(email: String, purpose: String): JsonObject =
        mfa(email)["pending"]!!.jsonArray.map { it.jsonObject }
            .last { it["purpose"]?.jsonPrimitive?.content == purpose && it["type"]?.jsonPrimitive?.content == "SMS" }

    private inline fun String?.orLookup(what: String, find: () -> String): String =
        if (isNullOrEmpty()) {
            try {
                find()
            } catch (e: NoSuchElementException) {
                throw AssertionError("write_responses=$mode: could not find $what", e)
            }
        } else {
            this
        }

    @Test
    fun `every operation is called against the emulator (full write answers)`() = everyOperation("full")

    @Test
    fun `every operation succeeds when writes answer with an empty body`() = everyOperation("empty")

    @Test
    fun `every operation succeeds when writes answer {}`() = everyOperation("empty_object")

    @Test
    fun `every operation succeeds when writes answer 204`() = everyOperation("no_content")

    @Test
    fun `every operation succeeds when writes answer only the ids`() = everyOperation("minimal")

    private fun everyOperation(writeResponses: String): Unit = runBlocking {
        mode = writeResponses
        succeeded.clear()
        emu.writeResponses(writeResponses)
        try {
            flow()
        } finally {
            mode = "full"
            emu.writeResponses("full")
        }
        val missing = specOperationIds().filterNot { it in succeeded }
        assertEquals(emptyList(), missing, "operations never called successfully with write_responses=$writeResponses")
    }

    private suspend fun flow() {
        val full = mode == "full"
        val api = client(emu.apiKey)
        val suffix = System.nanoTime().toString(36)

        // ---- auth: registration, sessions, MFA, password
        val email = "kotlin-$suffix@cloudpirates.test"
        val password = "Kotlin-Passw0rd!"
        val identity = client().use { it.auth.register(email, password, "Kotlin", "Tester") }
        assertEquals(email, identity.email)
        // A new identity must be activated (the e-mail verified) before its first login.
        emu.activate(email)

        val fresh = client()
        val login = fresh.auth.login(email, password).takeIf { it.refreshToken != null }
            ?: full { fresh.auth.login(email, password) }
        assertNotNull(login.accessToken)
        assertEquals("bearer", fresh.credentialsKind, "the client adopts the tokens of a login")
        val refreshed = fresh.auth.refresh(login.refreshToken!!)
        if (full) assertTrue(refreshed.accessToken.isNotEmpty())
        assertEquals(email, fresh.auth.me().email)
        fresh.auth.validate()

        val sms = fresh.auth.challenges.startSms("+4915112345678")
        val smsToken = sms.verificationToken.orLookup("smsToken") { pending(email, "setup")["verificationToken"]!!.jsonPrimitive.content }
        fresh.auth.challenges.activateSms(smsToken, pendingCode(email, smsToken))
        val totp = fresh.auth.challenges.startTotp()
        if (full) assertTrue(totp.otpAuthUri.startsWith("otpauth://"))
        fresh.auth.challenges.activateTotp(mfa(email)["totp"]!!.jsonPrimitive.content)
        assertTrue(fresh.auth.challenges.list().items.isNotEmpty())

        client().use { second ->
            val step = second.auth.login(email, password, desiredChallenge = AuthChallengeType.SMS)
            if (full) assertEquals(true, step.challengeRequired)
            val token = step.verificationToken.orLookup("token") { pending(email, "login")["verificationToken"]!!.jsonPrimitive.content }
            val tokens = second.auth.loginChallenge(token, pendingCode(email, token))
            if (full) assertTrue(tokens.accessToken.isNotEmpty())
            if (second.credentialsKind != "bearer") full {
                val again = second.auth.login(email, password, desiredChallenge = AuthChallengeType.SMS)
                second.auth.loginChallenge(again.verificationToken!!, pendingCode(email, again.verificationToken!!))
            }
            second.auth.changePassword(existingPassword = password, password = "Kotlin-Passw0rd-2!")
        }
        client().use { it.auth.requestPasswordReset(email) }

        val sessions = fresh.auth.sessions.list()
        assertTrue(sessions.items.isNotEmpty())
        fresh.auth.sessions.logout(sessions.items.first().sessionId!!)

        // ---- auth: WebAuthn (the emulator's fake ceremony) and API keys, as the demo identity
        val demo = client()
        demo.auth.login(emu.email, emu.password)
        if (demo.credentialsKind != "bearer") full { demo.auth.login(emu.email, emu.password) }
        val challenge = demo.auth.webauthn.challenge().challenge.ifEmpty { full { demo.auth.webauthn.challenge().challenge } }
        val credentialId = "kotlin-cred-$suffix"
        val keyLabel = "Kotlin key $suffix"
        val key = demo.auth.webauthn.register(buildJsonObject {
            put("id", credentialId); put("rawId", credentialId); put("type", "public-key"); put("label", keyLabel)
            put("user", buildJsonObject { put("name", keyLabel) })
            put("response", buildJsonObject { put("clientDataJSON", challenge) })
        })
        val keyId = key.webAuthnKeyId.orLookup("keyId") { demo.auth.webauthn.listAll().toList().first { it.label == keyLabel }.webAuthnKeyId!! }
        assertTrue(demo.auth.webauthn.listAll().toList().any { it.webAuthnKeyId == keyId })
        assertEquals("renamed", demo.auth.webauthn.updateLabel(keyId, "renamed").label)
        client().use { anon ->
            val ch = anon.auth.webauthn.challenge().challenge.ifEmpty { full { anon.auth.webauthn.challenge().challenge } }
            val t = anon.auth.webauthn.login(buildJsonObject {
                put("id", credentialId); put("rawId", credentialId); put("type", "public-key")
                put("response", buildJsonObject { put("clientDataJSON", ch) })
            })
            if (full) assertTrue(t.accessToken.isNotEmpty())
        }
        demo.auth.webauthn.delete(keyId)
        val apiKeyLabel = "kotlin key $suffix"
        val created = demo.auth.apiKeys.create(apiKeyLabel)
        if (full) assertNotNull(created.apiKey)
        val createdId = created.id.orLookup("createdId") { demo.auth.apiKeys.listAll().toList().first { it.label == apiKeyLabel }.id!! }
        assertTrue(demo.auth.apiKeys.listAll().toList().any { it.id == createdId })
        demo.auth.apiKeys.delete(createdId)

        // ---- workspaces, members, invitations
        val wsKey = "kt$suffix".take(20).lowercase()
        val ws = api.workspaces.create(workspaceName = "Kotlin $suffix", workspaceKey = wsKey)
        // workspaces.create's x-lookup-key: the workspaceKey finds what an empty answer did not say.
        val wsId = ws.workspaceId.orLookup("wsId") { api.workspaces.listAll().toList().first { it.workspaceKey == wsKey }.workspaceId!! }
        assertEquals(wsId, api.workspaces.get(wsId).workspaceId)
        assertEquals("Kotlin renamed", api.workspaces.rename(wsId, "Kotlin renamed").workspaceName)
        assertTrue(api.workspaces.listAll().toList().any { it.workspaceId == wsId })
        val invitation = api.workspaces.invitations.create(wsId, email = "second@cloudpirates.test", role = WorkspaceMemberRole.MEMBER)
        val invitationId = invitation.invitationId.orLookup("invitationId") {
            emu.control("GET", "invitations").jsonArray.map { it.jsonObject }
                .last { it["workspaceId"]?.jsonPrimitive?.content == wsId }["invitationId"]!!.jsonPrimitive.content
        }
        val secondIdentity = emu.info["identities"]!!.jsonArray[1].jsonObject
        val member = client().use { second ->
            second.auth.login(secondIdentity["email"]!!.jsonPrimitive.content, secondIdentity["password"]!!.jsonPrimitive.content)
            if (second.credentialsKind != "bearer") full {
                second.auth.login(secondIdentity["email"]!!.jsonPrimitive.content, secondIdentity["password"]!!.jsonPrimitive.content)
            }
            second.workspaces.invitations.accept(invitationId)
        }
        val members = api.workspaces.members.list(wsId).items
        val memberId = member.workspaceMemberId.orLookup("memberId") {
            members.first { it.identityId == secondIdentity["identityId"]!!.jsonPrimitive.content }.workspaceMemberId!!
        }
        assertEquals(WorkspaceMemberRole.VIEWER, api.workspaces.members.updateRole(wsId, memberId, role = WorkspaceMemberRole.VIEWER).role)
        api.workspaces.members.remove(wsId, memberId)

        // ---- clusters
        val cluster = api.clusters.create(wsId, clusterName = "kt-cluster", clusterType = ClusterType.EXTERNAL)
        val clusterId = cluster.clusterId.orLookup("clusterId") { api.clusters.listAll(wsId).toList().first { it.clusterName == "kt-cluster" }.clusterId!! }
        assertEquals(clusterId, api.clusters.get(wsId, clusterId).clusterId)
        assertTrue(api.clusters.list(wsId).items.any { it.clusterId == clusterId })
        assertEquals("kt-renamed", api.clusters.rename(wsId, clusterId, "kt-renamed").clusterName)
        val rotated = api.clusters.rotateAccessToken(wsId, clusterId)
        if (full) assertTrue(rotated.accessToken.isNotEmpty())

        // ---- applications
        val template = api.applications.templates.listAll(pageSize = 5).toList().first()
        val templateId = template.applicationTemplateId!!
        val fullTemplate = api.applications.templates.get(templateId)
        val presetId = fullTemplate.presets!!.first().applicationTemplatePresetId!!
        val version = fullTemplate.versions!!.first().let { v -> (v["appVersion"] ?: v["version"] ?: v.values.first()).jsonPrimitive.content }
        val app = api.applications.create(wsId, templateId, presetId, clusterId, version, "kt-app")
        val appId = app.applicationId.orLookup("appId") { api.applications.listAll(wsId).toList().first { it.name == "kt-app" }.applicationId!! }
        assertEquals(appId, api.applications.get(wsId, appId).applicationId)
        assertTrue(api.applications.list(wsId).items.any { it.applicationId == appId })
        api.applications.updateValues(wsId, appId, buildJsonObject { put("replicas", 2) })
        api.applications.updateVersion(wsId, appId, version)
        api.applications.logs(wsId, appId)
        api.applications.delete(wsId, appId)
        api.clusters.delete(wsId, clusterId)
        api.workspaces.delete(wsId)

        // ---- observability, on the seeded cluster
        val demoWs = api.workspaces.listAll().toList().first { it.workspaceKey == "demo" }.workspaceId!!
        val demoCluster = api.clusters.list(demoWs).items.first().clusterId!!
        val nodes = api.observability.listResources(demoWs, demoCluster, "NODE").items
        val nodeName = nodes.first()["metadata"]!!.jsonObject["name"]!!.jsonPrimitive.content
        api.observability.getResource(demoWs, demoCluster, "NODE", nodeName)
        val namespaces = api.observability.listResourcesAll(demoWs, demoCluster, "NAMESPACE").toList()
            .map { it["metadata"]!!.jsonObject["name"]!!.jsonPrimitive.content }
        val (ns, pod) = namespaces.firstNotNullOf { n ->
            api.observability.listNamespacedResources(demoWs, demoCluster, n, "POD").items.firstOrNull()
                ?.let { n to it["metadata"]!!.jsonObject["name"]!!.jsonPrimitive.content }
        }
        api.observability.getNamespacedResource(demoWs, demoCluster, ns, "POD", pod)
        api.observability.listEvents(demoWs, demoCluster, limit = 5)

        // ---- billing
        val profileName = "Kotlin GmbH $suffix"
        val profile = api.billing.profiles.create(profileName, BillingAddress(addressLine1 = "Hafenstr. 1", postalCode = "20457", city = "Hamburg", countryCode = "DE"))
        val pid = profile.billingProfileId.orLookup("pid") { api.billing.profiles.listAll().toList().first { it.billingProfileName == profileName }.billingProfileId!! }
        assertEquals(pid, api.billing.profiles.get(pid).billingProfileId)
        api.billing.profiles.rename(pid, "Kotlin AG $suffix")
        api.billing.profiles.updateAddress(pid, BillingAddress(addressLine1 = "Elbchaussee 2", postalCode = "22763", city = "Hamburg", countryCode = "DE"))
        api.billing.profiles.setPurchaseOrderNumber(pid, "PO-42")
        api.billing.profiles.deletePurchaseOrderNumber(pid)
        api.billing.profiles.addEmailAddress(pid, "ap@kotlin.test")
        api.billing.profiles.removeEmailAddress(pid, "ap@kotlin.test")
        api.billing.profiles.setSendInvoicesByEmail(pid, false)
        api.billing.profiles.delete(pid)
        val otherName = "Kotlin KG $suffix"
        val other = api.billing.profiles.create(otherName, BillingAddress(addressLine1 = "Kai 3", postalCode = "20457", city = "Hamburg", countryCode = "DE"))
        val otherId = other.billingProfileId.orLookup("otherId") { api.billing.profiles.listAll().toList().first { it.billingProfileName == otherName }.billingProfileId!! }
        api.billing.profiles.assignIdentity(otherId, emu.identityId)
        val withInvoices = api.billing.profiles.listAll().toList().first { p -> api.billing.invoices.list(p.billingProfileId!!, limit = 1).items.isNotEmpty() }
        val bp = withInvoices.billingProfileId!!
        val invoice = api.billing.invoices.list(bp).items.first()
        assertEquals(invoice.invoiceId, api.billing.invoices.get(bp, invoice.invoiceId!!).invoiceId)
        val url = URI(api.billing.invoices.pdfUrl(bp, invoice.invoiceId!!).url)
        val q = url.rawQuery.split("&").associate { it.substringBefore("=") to java.net.URLDecoder.decode(it.substringAfter("="), "UTF-8") }
        val pdf = api.billing.invoices.downloadPdf(bp, invoice.invoiceId!!, url.path.substringAfterLast("/"), expires = q["expires"]!!, token = q["token"]!!)
        assertEquals("%PDF", String(pdf.copyOfRange(0, 4)))
        api.billing.transactions.list(bp, limit = 3)

        // ---- trainings
        api.trainings.list(limit = 2)

        listOf(api, fresh, demo).forEach { it.close() }
    }
}
