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
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageTest {
    private val emu = Emulator.start("--applications-happy-path", "--application-updates", "succeed")
    private val succeeded: MutableSet<String> = Collections.synchronizedSet(mutableSetOf())

    @AfterAll
    fun stop() = emu.close()

    private fun client(apiKey: String? = null): CloudPiratesClient {
        val c = CloudPiratesClient(apiKey = apiKey, baseUrl = emu.baseUrl)
        c.callObserver.observer = { id, status -> if (status in 200..299) succeeded += id }
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

    @Test
    fun `every operation is called against the emulator`(): Unit = runBlocking {
        val api = client(emu.apiKey)
        val suffix = System.nanoTime().toString(36)

        // ---- auth: registration, sessions, MFA, password
        val email = "kotlin-$suffix@cloudpirates.test"
        val password = "Kotlin-Passw0rd!"
        val identity = client().use { it.auth.register(email, password, "Kotlin", "Tester") }
        assertEquals(email, identity.email)

        val fresh = client()
        val login = fresh.auth.login(email, password)
        assertNotNull(login.accessToken)
        assertEquals("bearer", fresh.credentialsKind, "the client adopts the tokens of a login")
        val refreshed = fresh.auth.refresh(login.refreshToken!!)
        assertTrue(refreshed.accessToken.isNotEmpty())
        assertEquals(email, fresh.auth.me().email)
        fresh.auth.validate()

        val sms = fresh.auth.challenges.startSms("+4915112345678")
        fresh.auth.challenges.activateSms(sms.verificationToken, pendingCode(email, sms.verificationToken))
        val totp = fresh.auth.challenges.startTotp()
        assertTrue(totp.otpAuthUri.startsWith("otpauth://"))
        fresh.auth.challenges.activateTotp(mfa(email)["totp"]!!.jsonPrimitive.content)
        assertTrue(fresh.auth.challenges.list().items.isNotEmpty())

        client().use { second ->
            val step = second.auth.login(email, password, desiredChallenge = AuthChallengeType.SMS)
            assertEquals(true, step.challengeRequired)
            val token = step.verificationToken!!
            val tokens = second.auth.loginChallenge(token, pendingCode(email, token))
            assertTrue(tokens.accessToken.isNotEmpty())
            second.auth.changePassword(existingPassword = password, password = "Kotlin-Passw0rd-2!")
        }
        client().use { it.auth.requestPasswordReset(email) }

        val sessions = fresh.auth.sessions.list()
        assertTrue(sessions.items.isNotEmpty())
        fresh.auth.sessions.logout(sessions.items.first().sessionId!!)

        // ---- auth: WebAuthn (the emulator's fake ceremony) and API keys, as the demo identity
        val demo = client()
        demo.auth.login(emu.email, emu.password)
        val challenge = demo.auth.webauthn.challenge().challenge
        val credentialId = "kotlin-cred-$suffix"
        val key = demo.auth.webauthn.register(buildJsonObject {
            put("id", credentialId); put("rawId", credentialId); put("type", "public-key"); put("label", "Kotlin key")
            put("response", buildJsonObject { put("clientDataJSON", challenge) })
        })
        val keyId = key.webAuthnKeyId!!
        assertTrue(demo.auth.webauthn.list().items.any { it.webAuthnKeyId == keyId })
        assertEquals("renamed", demo.auth.webauthn.updateLabel(keyId, "renamed").label)
        client().use { anon ->
            val ch = anon.auth.webauthn.challenge().challenge
            val t = anon.auth.webauthn.login(buildJsonObject {
                put("id", credentialId); put("rawId", credentialId); put("type", "public-key")
                put("response", buildJsonObject { put("clientDataJSON", ch) })
            })
            assertTrue(t.accessToken.isNotEmpty())
        }
        demo.auth.webauthn.delete(keyId)
        val created = demo.auth.apiKeys.create("kotlin key")
        assertNotNull(created.apiKey)
        assertTrue(demo.auth.apiKeys.list().items.any { it.id == created.id })
        demo.auth.apiKeys.delete(created.id!!)

        // ---- workspaces, members, invitations
        val ws = api.workspaces.create(workspaceName = "Kotlin $suffix", workspaceKey = "kt$suffix".take(20).lowercase())
        assertEquals(ws.workspaceId, api.workspaces.get(ws.workspaceId).workspaceId)
        assertEquals("Kotlin renamed", api.workspaces.rename(ws.workspaceId, "Kotlin renamed").workspaceName)
        assertTrue(api.workspaces.listAll().toList().any { it.workspaceId == ws.workspaceId })
        val invitation = api.workspaces.invitations.create(ws.workspaceId, email = "second@cloudpirates.test", role = WorkspaceMemberRole.MEMBER)
        val secondIdentity = emu.info["identities"]!!.jsonArray[1].jsonObject
        val member = client().use { second ->
            second.auth.login(secondIdentity["email"]!!.jsonPrimitive.content, secondIdentity["password"]!!.jsonPrimitive.content)
            second.workspaces.invitations.accept(invitation.invitationId!!)
        }
        val members = api.workspaces.members.list(ws.workspaceId).items
        val memberId = member.workspaceMemberId ?: members.first { it.identityId == secondIdentity["identityId"]!!.jsonPrimitive.content }.workspaceMemberId!!
        assertEquals(WorkspaceMemberRole.VIEWER, api.workspaces.members.updateRole(ws.workspaceId, memberId, role = WorkspaceMemberRole.VIEWER).role)
        api.workspaces.members.remove(ws.workspaceId, memberId)

        // ---- clusters
        val cluster = api.clusters.create(ws.workspaceId, clusterName = "kt-cluster", clusterType = ClusterType.EXTERNAL)
        val clusterId = cluster.clusterId!!
        assertEquals(clusterId, api.clusters.get(ws.workspaceId, clusterId).clusterId)
        assertTrue(api.clusters.list(ws.workspaceId).items.any { it.clusterId == clusterId })
        assertEquals("kt-renamed", api.clusters.rename(ws.workspaceId, clusterId, "kt-renamed").clusterName)
        assertTrue(api.clusters.rotateAccessToken(ws.workspaceId, clusterId).accessToken.isNotEmpty())

        // ---- applications
        val template = api.applications.templates.listAll(pageSize = 5).toList().first()
        val templateId = template.applicationTemplateId!!
        val full = api.applications.templates.get(templateId)
        val presetId = full.presets!!.first().applicationTemplatePresetId!!
        val version = full.versions!!.first().let { v -> (v["appVersion"] ?: v["version"] ?: v.values.first()).jsonPrimitive.content }
        val app = api.applications.create(ws.workspaceId, templateId, presetId, clusterId, version, "kt-app")
        val appId = app.applicationId!!
        assertEquals(appId, api.applications.get(ws.workspaceId, appId).applicationId)
        assertTrue(api.applications.list(ws.workspaceId).items.any { it.applicationId == appId })
        api.applications.updateValues(ws.workspaceId, appId, buildJsonObject { put("replicas", 2) })
        api.applications.updateVersion(ws.workspaceId, appId, version)
        api.applications.logs(ws.workspaceId, appId)
        api.applications.delete(ws.workspaceId, appId)
        api.clusters.delete(ws.workspaceId, clusterId)
        api.workspaces.delete(ws.workspaceId)

        // ---- observability, on the seeded cluster
        val demoWs = api.workspaces.list().items.first { it.workspaceKey == "demo" }.workspaceId!!
        val demoCluster = api.clusters.list(demoWs).items.first().clusterId!!
        val nodes = api.observability.listResources(demoWs, demoCluster, "NODE").items
        val nodeName = nodes.first()["metadata"]!!.jsonObject["name"]!!.jsonPrimitive.content
        api.observability.getResource(demoWs, demoCluster, "NODE", nodeName)
        val namespaces = api.observability.listResources(demoWs, demoCluster, "NAMESPACE").items
            .map { it["metadata"]!!.jsonObject["name"]!!.jsonPrimitive.content }
        val (ns, pod) = namespaces.firstNotNullOf { n ->
            api.observability.listNamespacedResources(demoWs, demoCluster, n, "POD").items.firstOrNull()
                ?.let { n to it["metadata"]!!.jsonObject["name"]!!.jsonPrimitive.content }
        }
        api.observability.getNamespacedResource(demoWs, demoCluster, ns, "POD", pod)
        api.observability.listEvents(demoWs, demoCluster, limit = 5)

        // ---- billing
        val profile = api.billing.profiles.create("Kotlin GmbH", BillingAddress(addressLine1 = "Hafenstr. 1", postalCode = "20457", city = "Hamburg", countryCode = "DE"))
        val pid = profile.billingProfileId!!
        assertEquals(pid, api.billing.profiles.get(pid).billingProfileId)
        api.billing.profiles.rename(pid, "Kotlin AG")
        api.billing.profiles.updateAddress(pid, BillingAddress(addressLine1 = "Elbchaussee 2", postalCode = "22763", city = "Hamburg", countryCode = "DE"))
        api.billing.profiles.setPurchaseOrderNumber(pid, "PO-42")
        api.billing.profiles.deletePurchaseOrderNumber(pid)
        api.billing.profiles.addEmailAddress(pid, "ap@kotlin.test")
        api.billing.profiles.removeEmailAddress(pid, "ap@kotlin.test")
        api.billing.profiles.setSendInvoicesByEmail(pid, false)
        api.billing.profiles.delete(pid)
        val other = api.billing.profiles.create("Kotlin KG", BillingAddress(addressLine1 = "Kai 3", postalCode = "20457", city = "Hamburg", countryCode = "DE"))
        api.billing.profiles.assignIdentity(other.billingProfileId!!, emu.identityId)
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
        val missing = specOperationIds().filterNot { it in succeeded }
        assertEquals(emptyList(), missing, "operations never called successfully")
    }
}
