import Foundation
import XCTest
@testable import CloudPirates

/// Runs against a real `cloudpirates-emulator` (build it with `cargo build -p cloudpirates-emulator`;
/// set CLOUDPIRATES_EMULATOR to its path, default `../../target/debug/cloudpirates-emulator`).
final class EmulatorTests: XCTestCase {
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
        p.arguments = ["--port", "0", "--watch-stdin"]
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

    func client(consistency: Consistency? = nil) throws -> CloudPiratesClient {
        let i = Self.info!
        return try CloudPiratesClient(apiKey: i.api_key, baseUrl: i.base_url, consistency: consistency)
    }

    func control(_ method: String, _ path: String, _ body: String? = nil) async throws {
        var req = URLRequest(url: URL(string: "\(Self.info!.origin)/_emulator/\(path)")!)
        req.httpMethod = method
        req.httpBody = body.map { Data($0.utf8) }
        req.setValue("application/json", forHTTPHeaderField: "content-type")
        _ = try await URLSession.shared.data(for: req)
    }

    func controlJSON(_ path: String) async throws -> [String: Any] {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "\(Self.info!.origin)/_emulator/\(path)")!)
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    /// Requests the emulator received per operation id since the last reset.
    func requests() async throws -> [String: Int] {
        let counters = try await controlJSON("counters")
        return ((counters["requests"] as? [String: Any]) ?? [:]).compactMapValues { ($0 as? NSNumber)?.intValue }
    }

    override func setUp() async throws {
        try await control("POST", "reset")
        try await control("PUT", "config", #"{"lag_ms": 0, "faults": [], "write_responses": "full"}"#)
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
        XCTAssertEqual(try await c.workspaces.get(workspaceId: ws.workspaceId).workspaceName, "Swift")
        XCTAssertEqual(try await c.workspaces.rename(workspaceId: ws.workspaceId, workspaceName: "Renamed").workspaceName, "Renamed")
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
        XCTAssertEqual(try await c.workspaces.get(workspaceId: ws.workspaceId).workspaceName, "Laggy")
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
}
