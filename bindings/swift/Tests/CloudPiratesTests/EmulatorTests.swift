import Foundation
import XCTest
@testable import CloudPirates

/// Runs against a real `cloudpirates-emulator` (build it with `cargo build -p cloudpirates-emulator`;
/// set CLOUDPIRATES_EMULATOR to its path, default `../../target/debug/cloudpirates-emulator`).
///
/// The emulator is as awkward as the documented API by default (150 ms read lag, activation
/// before a new identity's first login, application updates hanging 30 s before their 504).
/// The suite states its lag (`lagMs`, 0; the read-your-writes test sets its own), the
/// never-answering updates hang `applicationUpdateDelayMs` (200 ms), and a test that registers
/// an identity calls `activate` before logging it in.
final class EmulatorTests: XCTestCase {
    static let lagMs = 0
    static let applicationUpdateDelayMs = 200

    struct Info: Decodable {
        let base_url: String
        let origin: String
        let api_key: String
        let email: String
        let password: String
    }

    static var process: Process?
    static var info: Info?

    override class func setUp() {
        super.setUp()
        let here = URL(fileURLWithPath: #filePath)
        let fallback = here.deletingLastPathComponent().appendingPathComponent("../../../../target/debug/cloudpirates-emulator").standardized.path
        let bin = ProcessInfo.processInfo.environment["CLOUDPIRATES_EMULATOR"] ?? fallback
        let p = Process()
        p.executableURL = URL(fileURLWithPath: bin)
        // stdin stays a pipe held by the test process: with --watch-stdin the emulator also
        // goes away when the tests do, even if tearDown never runs.
        p.arguments = ["--port", "0", "--watch-stdin", "--lag-ms", String(lagMs),
                       "--application-update-delay-ms", String(applicationUpdateDelayMs)]
        let out = Pipe()
        p.standardOutput = out
        p.standardInput = Pipe()
        try! p.run()
        var line = Data()
        while true {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        info = try! JSONDecoder().decode(Info.self, from: line)
        process = p
    }

    override class func tearDown() {
        process?.terminate()
        super.tearDown()
    }

    func client(consistency: Consistency? = nil, consistencyTokenKey: String? = nil) throws -> CloudPiratesClient {
        let i = Self.info!
        return try CloudPiratesClient(apiKey: i.api_key, baseUrl: i.base_url, consistency: consistency,
                                      consistencyTokenKey: consistencyTokenKey)
    }

    func control(_ method: String, _ path: String, _ body: String? = nil) async throws {
        var req = URLRequest(url: URL(string: "\(Self.info!.origin)/_emulator/\(path)")!)
        req.httpMethod = method
        req.httpBody = body.map { Data($0.utf8) }
        req.setValue("application/json", forHTTPHeaderField: "content-type")
        let (data, resp) = try await URLSession.shared.data(for: req)
        let status = (resp as? HTTPURLResponse)?.statusCode ?? 0
        XCTAssertTrue((200..<300).contains(status), "control \(method) \(path): \(status) \(String(decoding: data, as: UTF8.self))")
    }

    func controlJSON(_ path: String) async throws -> [String: Any] {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "\(Self.info!.origin)/_emulator/\(path)")!)
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    /// Activates a newly registered identity; needed before its first login.
    func activate(_ email: String) async throws {
        let body = try JSONSerialization.data(withJSONObject: ["email": email])
        try await control("POST", "activate", String(decoding: body, as: UTF8.self))
    }

    /// A plain HTTP call to the API, bypassing the SDK: to see what the server itself sends.
    func raw(_ method: String, _ path: String, _ body: String? = nil, apiKey: Bool = true) async throws -> (Data, HTTPURLResponse) {
        var req = URLRequest(url: URL(string: "\(Self.info!.base_url)/\(path)")!)
        req.httpMethod = method
        req.httpBody = body.map { Data($0.utf8) }
        req.setValue("application/json", forHTTPHeaderField: "content-type")
        if apiKey { req.setValue("ApiKey \(Self.info!.api_key)", forHTTPHeaderField: "authorization") }
        let (data, resp) = try await URLSession.shared.data(for: req)
        return (data, resp as! HTTPURLResponse)
    }

    /// Requests the emulator received per operation id since the last reset.
    func requests() async throws -> [String: Int] {
        let counters = try await controlJSON("counters")
        return ((counters["requests"] as? [String: Any]) ?? [:]).compactMapValues { ($0 as? NSNumber)?.intValue }
    }

    override func setUp() async throws {
        try await control("POST", "reset")
        try await control("PUT", "config",
                          "{\"lag_ms\": \(Self.lagMs), \"faults\": [], \"write_responses\": \"full\", \"application_update_delay_ms\": \(Self.applicationUpdateDelayMs)}")
    }

    func key() -> String { "sw" + String(UInt64(Date().timeIntervalSince1970 * 1_000_000), radix: 36) }

    func testDescriptionHasNoSecret() throws {
        let c = try client()
        XCTAssertFalse(c.description.contains(Self.info!.api_key))
        XCTAssertThrowsError(try CloudPiratesClient(apiKey: "k", baseUrl: "http://example.com/v1")) { e in
            XCTAssertEqual((e as? CloudPiratesError)?.kind, .invalidRequest)
        }
    }

    func testWorkspaceLifecycleAndRoleUpdate() async throws {
        let c = try client()
        let ws = try await c.workspaces.create(workspaceName: "Swift", workspaceKey: key())
        // XCTAssert's autoclosures cannot await: the values are read first.
        let got = try await c.workspaces.get(workspaceId: ws.workspaceId)
        XCTAssertEqual(got.workspaceName, "Swift")
        let renamed = try await c.workspaces.rename(workspaceId: ws.workspaceId, workspaceName: "Renamed")
        XCTAssertEqual(renamed.workspaceName, "Renamed")
        let demo = try await c.workspaces.list().items.first { $0.workspaceKey == "demo" }!.workspaceId!
        let viewer = try await c.workspaces.members.list(workspaceId: demo).items.first { $0.role == .viewer }!
        let updated = try await c.workspaces.members.updateRole(workspaceId: demo, workspaceMemberId: viewer.workspaceMemberId!, role: .member)
        XCTAssertEqual(updated.role, .member)
        try await c.workspaces.delete(workspaceId: ws.workspaceId)
    }

    func testErrors() async throws {
        let c = try client()
        let demo = try await c.workspaces.list().items.first { $0.workspaceKey == "demo" }!.workspaceId!
        do {
            _ = try await c.clusters.get(workspaceId: demo, clusterId: "000000000000000000000000")
            XCTFail("expected a 404")
        } catch let e as CloudPiratesError {
            XCTAssertEqual(e.kind, .notFound)
            XCTAssertEqual(e.status, 404)
            XCTAssertEqual(e.className, "NotFoundError")
        }
        do {
            _ = try await c.workspaces.create(workspaceName: "x", workspaceKey: "Not A Key!")
            XCTFail("expected a 400")
        } catch let e as CloudPiratesError {
            XCTAssertEqual(e.kind, .badRequest)
        }
        try await control("PUT", "config", #"{"faults":[{"kind":"503","every":1,"methods":"writes"}]}"#)
        do {
            _ = try await c.workspaces.create(workspaceName: "maybe", workspaceKey: key())
            XCTFail("expected outcome unknown")
        } catch let e as CloudPiratesError {
            XCTAssertEqual(e.kind, .outcomeUnknown)
            XCTAssertTrue(e.mayHaveExecuted)
        }
    }

    func testPaginationAsyncSequence() async throws {
        let c = try client()
        let first = try await c.trainings.list(limit: 2)
        let total = Int(first.info.total!)
        var seen = 0
        for try await _ in c.trainings.listAll(pageSize: 25) { seen += 1 }
        XCTAssertEqual(seen, total)
    }

    func testReadYourWritesUnderLag() async throws {
        try await control("PUT", "config", #"{"lag_ms": 700}"#)
        let c = try client()
        let ws = try await c.workspaces.create(workspaceName: "Laggy", workspaceKey: key())
        let got = try await c.workspaces.get(workspaceId: ws.workspaceId)
        XCTAssertEqual(got.workspaceName, "Laggy")
    }

    func testCancellationDropsTheNativeCall() async throws {
        try await control("PUT", "config", #"{"faults":[{"kind":"slow","every":1,"delay_ms":5000,"methods":"reads"}]}"#)
        let c = try client()
        let task = Task { try await c.trainings.list() }
        while c.inFlightCalls == 0 { try await Task.sleep(nanoseconds: 10_000_000) }
        task.cancel()
        let start = Date()
        while c.inFlightCalls != 0 { try await Task.sleep(nanoseconds: 10_000_000) }
        XCTAssertLessThan(Date().timeIntervalSince(start), 1.0)
    }

    /// The first release's list calls (no page parameters) still compile: labels make the new
    /// defaulted `limit:`/`offset:` (and `pageSize:`) source compatible.
    func testListCallFormsOfTheFirstReleaseStillWork() async throws {
        let c = try client()
        let opts = RequestOptions(timeout: 10)
        let a = try await c.workspaces.list()
        let b = try await c.workspaces.list(options: opts)
        let paged = try await c.workspaces.list(limit: 1)
        XCTAssertEqual(a.items, b.items)
        XCTAssertEqual(paged.info.limit, 1)
        XCTAssertLessThanOrEqual(paged.items.count, 1)
        let demo = a.items.first { $0.workspaceKey == "demo" }!.workspaceId!
        _ = try await c.workspaces.members.list(workspaceId: demo, options: opts)
        _ = try await c.clusters.list(workspaceId: demo, limit: 1, offset: 0, options: opts)
        var n = 0
        for try await _ in c.workspaces.listAll(options: opts) { n += 1 }
        var m = 0
        for try await _ in c.workspaces.listAll(pageSize: 1) { m += 1 }
        XCTAssertEqual(n, m)
    }

    /// applications.create answers 501 by default in the emulator.
    func testA501IsNotImplemented() async throws {
        let c = try client()
        let ws = try await c.workspaces.list().items.first { $0.workspaceKey == "demo" }!.workspaceId!
        let cluster = try await c.clusters.list(workspaceId: ws).items.first!.clusterId!
        let template = try await c.applications.templates.list(limit: 1).items.first!.applicationTemplateId!
        let full = try await c.applications.templates.get(applicationTemplateId: template)
        let preset = full.presets!.first!.applicationTemplatePresetId!
        do {
            _ = try await c.applications.create(workspaceId: ws, applicationTemplateId: template, applicationTemplatePresetId: preset,
                                                clusterId: cluster, appVersion: "1.0.0", name: "sw-app")
            XCTFail("expected a 501")
        } catch let e as CloudPiratesError {
            XCTAssertEqual(e.kind, .notImplemented)
            XCTAssertEqual(e.className, "NotImplementedError")
            XCTAssertEqual(e.status, 501)
            XCTAssertTrue(e.isInternalServer)
        }
    }

    /// Writes succeed whatever shape their answer has; missing fields come from the request.
    func testWritesDecodeEveryAnswerShape() async throws {
        let c = try client()
        for mode in ["empty", "empty_object", "no_content", "minimal", "full"] {
            try await control("PUT", "config", "{\"write_responses\": \"\(mode)\"}")
            let k = key()
            let ws = try await c.workspaces.create(workspaceName: "Shape", workspaceKey: k)
            XCTAssertEqual(ws.workspaceKey, k)
            XCTAssertEqual(ws.workspaceName, "Shape")
            var id = ws.workspaceId
            if id.isEmpty {
                for try await w in c.workspaces.listAll() where w.workspaceKey == k { id = w.workspaceId! }
            }
            let renamed = try await c.workspaces.rename(workspaceId: id, workspaceName: "Renamed")
            XCTAssertEqual(renamed.workspaceId, id)
            XCTAssertEqual(renamed.workspaceName, "Renamed")
            try await c.workspaces.delete(workspaceId: id)
        }
    }

    /// The core sends x-never-answers commands once, whatever maxRetries says.
    func testNeverAnsweredCommandsAreSentOnce() async throws {
        try await control("PUT", "config", #"{"applications_happy_path": false, "application_update_mode": "gateway_timeout"}"#)
        let i = Self.info!
        let c = try CloudPiratesClient(apiKey: i.api_key, baseUrl: i.base_url, maxRetries: 5)
        let ws = try await c.workspaces.list().items.first { $0.workspaceKey == "demo" }!.workspaceId!
        let app = try await c.applications.list(workspaceId: ws).items.first!
        do {
            _ = try await c.applications.updateVersion(workspaceId: ws, applicationId: app.applicationId!, appVersion: app.appVersion ?? "1.0.0")
            XCTFail("expected OutcomeUnknownError")
        } catch let e as CloudPiratesError {
            XCTAssertEqual(e.kind, .outcomeUnknown)
            XCTAssertEqual(e.attempts, 1)
            XCTAssertTrue(e.mayHaveExecuted)
        }
        let sent = try await requests()
        XCTAssertEqual(sent["applications.update_version"], 1)
    }

    /// A Rust panic reaches the caller as `.api` (never a crash); calls go on afterwards.
    func testAPanicIsAnAPIErrorAndCallsGoOn() async throws {
        let c = try client()
        let before = try await c.workspaces.list().items.count
        for guarded in [true, false] {
            do {
                try await Transport.panicForTests(guarded: guarded)
                XCTFail("expected an error")
            } catch let e as CloudPiratesError {
                XCTAssertEqual(e.kind, .api)
                XCTAssertNil(e.status)
                XCTAssertTrue(e.mayHaveExecuted)
                XCTAssertTrue(e.detail.contains("panic"))
            }
        }
        let after = try await c.workspaces.list().items.count
        XCTAssertEqual(before, after)
    }

    // MARK: - Fidelity II: the documented API's awkwardness (commit 6535441)

    let strong = "Swift-Str0ng-Pass"

    func freshEmail(_ tag: String) -> String { "sw-\(tag)-\(key())@cloudpirates.test" }

    /// The pending verification code of `email` for `token` (`GET /_emulator/mfa-codes`).
    func mfaCode(_ email: String, _ token: String) async throws -> String {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "\(Self.info!.origin)/_emulator/mfa-codes")!)
        let all = (try JSONSerialization.jsonObject(with: data) as? [[String: Any]]) ?? []
        let mine = all.first { ($0["email"] as? String) == email }
        let pending = (mine?["pending"] as? [[String: Any]]) ?? []
        return try XCTUnwrap(pending.first { ($0["verificationToken"] as? String) == token }?["code"] as? String)
    }

    func anonymous() throws -> CloudPiratesClient { try CloudPiratesClient(baseUrl: Self.info!.base_url) }

    func testRegistrationNeedsActivation() async throws {
        let email = freshEmail("activation")
        let c = try anonymous()
        let identity = try await c.auth.register(email: email, password: strong, firstName: "Swift", lastName: "Activation")
        XCTAssertEqual(identity.email, email)
        do {
            _ = try await c.auth.login(email: email, password: strong)
            XCTFail("expected a 403 before the activation")
        } catch let e as CloudPiratesError {
            XCTAssertEqual(e.kind, .permissionDenied)
            XCTAssertEqual(e.status, 403)
            XCTAssertTrue(e.detail.lowercased().contains("activ"), e.detail)
        }
        XCTAssertEqual(c.credentialsKind, "none")
        try await activate(email)
        let tokens = try await c.auth.login(email: email, password: strong)
        XCTAssertNotNil(tokens.accessToken)
        XCTAssertEqual(tokens.challengeRequired, false)
        XCTAssertEqual(c.credentialsKind, "bearer")
        let me = try await c.auth.me()
        XCTAssertEqual(me.email, email)
    }

    func testWeakAndBreachedPasswordsAreBusinessErrors() async throws {
        let c = try anonymous()
        for (password, expected) in [("weakpass", "complex"), ("Passw0rd!", "breach")] {
            do {
                _ = try await c.auth.register(email: freshEmail("pw"), password: password, firstName: "Swift", lastName: "Weak")
                XCTFail("expected a 400 for \(password)")
            } catch let e as CloudPiratesError {
                XCTAssertEqual(e.kind, .badRequest)
                XCTAssertEqual(e.status, 400)
                XCTAssertEqual(e.className, "BadRequestError")
                let rule = try XCTUnwrap(e.businessError, "\(e)")
                XCTAssertEqual(rule.path, "password")
                XCTAssertTrue((rule.expected ?? "").contains(expected), "\(rule)")
                XCTAssertTrue(e.validationErrors.isEmpty)
            }
        }
        // change_password applies the same rules.
        let email = freshEmail("change")
        _ = try await c.auth.register(email: email, password: strong, firstName: "Swift", lastName: "Change")
        try await activate(email)
        _ = try await c.auth.login(email: email, password: strong)
        do {
            _ = try await c.auth.changePassword(existingPassword: strong, password: "Passw0rd!")
            XCTFail("expected a 400")
        } catch let e as CloudPiratesError {
            XCTAssertEqual(e.kind, .badRequest)
            XCTAssertTrue((e.businessError?.expected ?? "").contains("breach"), "\(e)")
        }
        _ = try await c.auth.changePassword(existingPassword: strong, password: strong + "-2")
    }

    func testChallengeRequiredIsDerivedFromTheTokens() async throws {
        let email = freshEmail("mfa")
        let setupClient = try anonymous()
        _ = try await setupClient.auth.register(email: email, password: strong, firstName: "Swift", lastName: "Mfa")
        try await activate(email)
        _ = try await setupClient.auth.login(email: email, password: strong)
        let setup = try await setupClient.auth.challenges.startSms(number: "+4915112345678")
        let setupCode = try await mfaCode(email, setup.verificationToken)
        _ = try await setupClient.auth.challenges.activateSms(verificationToken: setup.verificationToken, challengeCode: setupCode)

        // What the server sends: a verification token, no tokens, no challengeRequired.
        let (data, resp) = try await raw("POST", "auth/login", "{\"email\":\"\(email)\",\"password\":\"\(strong)\",\"desiredChallenge\":\"SMS\"}", apiKey: false)
        XCTAssertEqual(resp.statusCode, 200)
        let body = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertNil(body["challengeRequired"])
        XCTAssertNotNil(body["verificationToken"])
        XCTAssertNil(body["accessToken"])

        let c = try anonymous()
        let step = try await c.auth.login(email: email, password: strong, desiredChallenge: .sms)
        XCTAssertEqual(step.challengeRequired, true, "derived by the core from the tokens")
        XCTAssertNil(step.accessToken)
        let token = try XCTUnwrap(step.verificationToken)
        XCTAssertEqual(c.credentialsKind, "none")
        let code = try await mfaCode(email, token)
        _ = try await c.auth.loginChallenge(verificationToken: token, challengeCode: code)
        XCTAssertEqual(c.credentialsKind, "bearer")
        let me = try await c.auth.me()
        XCTAssertEqual(me.email, email)

        // A lowercase desiredChallenge (which the typed enum cannot send) is a business error.
        let (lower, lowerResp) = try await raw("POST", "auth/login", "{\"email\":\"\(email)\",\"password\":\"\(strong)\",\"desiredChallenge\":\"sms\"}", apiKey: false)
        XCTAssertEqual(lowerResp.statusCode, 400)
        XCTAssertTrue(String(decoding: lower, as: UTF8.self).contains("ChallengeTypeInvalidError"))
    }

    func testListAllPagesThroughTheQuirkyTrainingsLink() async throws {
        let (_, resp) = try await raw("GET", "trainings?limit=5&offset=5")
        let link = resp.value(forHTTPHeaderField: "link") ?? ""
        XCTAssertTrue(link.contains("</api/trainings"), link)
        XCTAssertTrue(link.contains("rel=\"prev\" <"), link)

        let c = try client()
        let first = try await c.trainings.list(limit: 1)
        let total = Int(try XCTUnwrap(first.info.total))
        XCTAssertGreaterThan(total, 20)
        let expected = try await c.trainings.list(limit: total).items.map { $0["trainingId"]?.stringValue ?? "" }
        XCTAssertEqual(Set(expected).count, total)
        for pageSize in [1, 5, 7, 20, total, total + 3] {
            var ids: [String] = []
            for try await t in c.trainings.listAll(pageSize: pageSize) { ids.append(t["trainingId"]?.stringValue ?? "") }
            XCTAssertEqual(ids, expected, "pageSize \(pageSize): every item exactly once, in order")
        }
        var page = try await c.trainings.list(limit: 7)
        var seen = page.items.count
        while page.hasNextPage {
            page = try await c.trainings.list(limit: 7, offset: page.info.nextOffset!)
            seen += page.items.count
        }
        XCTAssertEqual(seen, total)
    }

    func testCreatedApiKeySecretIsReadableAndWorks() async throws {
        let i = Self.info!
        let c = try anonymous()
        _ = try await c.auth.login(email: i.email, password: i.password)
        let label = "sw-secret-\(key())"
        let created = try await c.auth.apiKeys.create(label: label)
        let secret = try XCTUnwrap(created.apiKey, "the secret of a new API key")
        XCTAssertFalse(secret.isEmpty)
        XCTAssertEqual(created.label, label)
        XCTAssertFalse(created.description.contains(secret), "the secret never prints")
        let id = try XCTUnwrap(created.id)
        var listed = false
        for try await k in c.auth.apiKeys.listAll() where k.id == id { listed = true }
        XCTAssertTrue(listed)
        let api = try CloudPiratesClient(apiKey: secret, baseUrl: i.base_url)
        let me = try await api.auth.me()
        XCTAssertEqual(me.email, i.email)
        try await c.auth.apiKeys.delete(apiKeyId: id)
        do {
            _ = try await api.auth.me()
            XCTFail("expected a 401 after the key's deletion")
        } catch let e as CloudPiratesError {
            XCTAssertEqual(e.kind, .authentication)
        }
    }

    /// A waiter polls a read: the core refuses a write operation before anything is sent.
    func testAWaiterOnAWriteIsRefused() async throws {
        let c = try client()
        let writes: [(String, [String])] = [("workspaces.create", []), ("workspaces.delete", ["w"]),
                                            ("workspaces.members.update_role", ["w", "m"])]
        for (op, path) in writes {
            do {
                _ = try await c.waitFor(operationId: op, path: path, maxWait: 2)
                XCTFail("\(op): expected InvalidRequestError")
            } catch let e as CloudPiratesError {
                XCTAssertEqual(e.kind, .invalidRequest)
                XCTAssertTrue(e.detail.contains("write"), e.detail)
                XCTAssertFalse(e.mayHaveExecuted)
            }
        }
        let sent = try await requests()
        XCTAssertEqual(sent.values.reduce(0, +), 0, "nothing reached the server: \(sent)")
    }

    /// Paging is the core's: an empty page past the end ends the list.
    func testAnEmptyPageEndsTheList() async throws {
        let c = try client()
        let past = try await c.workspaces.list(limit: 5, offset: 100_000)
        XCTAssertTrue(past.items.isEmpty)
        XCTAssertNil(past.info.nextOffset)
    }

    /// The core's events reach the logging handler as lines, secrets never among them.
    func testTheCoresEventsAreLogLines() async throws {
        final class Lines: @unchecked Sendable {
            let lock = NSLock()
            var all: [(LogLevel, String)] = []
            func add(_ l: LogLevel, _ m: String) { lock.lock(); all.append((l, m)); lock.unlock() }
            func snapshot() -> [(LogLevel, String)] { lock.lock(); defer { lock.unlock() }; return all }
        }
        let lines = Lines()
        CloudPiratesLogging.handler = { level, message in lines.add(level, message) }
        CloudPiratesLogging.level = .debug
        defer {
            CloudPiratesLogging.handler = nil
            CloudPiratesLogging.level = .info
        }
        let c = try client()
        _ = try await c.workspaces.list()
        let got = lines.snapshot()
        let ours = got.filter { $0.1.contains("workspaces.list") }
        XCTAssertFalse(ours.isEmpty, "\(got)")
        XCTAssertTrue(ours.allSatisfy { $0.0 == .debug })
        XCTAssertFalse(got.contains { $0.1.contains(Self.info!.api_key) })
    }
}
