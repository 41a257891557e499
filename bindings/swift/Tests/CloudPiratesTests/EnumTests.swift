import Foundation
import XCTest
@testable import CloudPirates

/// Enum values this SDK does not know (a newer server's) are kept as `.unknown(value)`, never
/// a decoding failure of the whole response; `rawValue` round-trips every case.
final class EnumTests: XCTestCase {
    func testAnUnknownRoleIsKeptAndTheResponseDecodes() throws {
        let json = Data("""
        [{"workspaceMemberId":"m1","identityId":"i1","role":"SUPERVISOR","email":"a@example.com"},
         {"workspaceMemberId":"m2","identityId":"i2","role":"VIEWER"},
         {"workspaceMemberId":"m3"}]
        """.utf8)
        let members = try JSONDecoder().decode([WorkspaceMember].self, from: json)
        XCTAssertEqual(members.count, 3)
        XCTAssertEqual(members[0].role, .unknown("SUPERVISOR"))
        XCTAssertEqual(members[0].role?.rawValue, "SUPERVISOR")
        XCTAssertEqual(members[0].email, "a@example.com")
        XCTAssertEqual(members[1].role, .viewer)
        XCTAssertNil(members[2].role)

        let cluster = try JSONDecoder().decode(Cluster.self, from: Data(#"{"clusterId":"c1","clusterType":"HYBRID"}"#.utf8))
        XCTAssertEqual(cluster.clusterType, .unknown("HYBRID"))
    }

    func testRawValuesRoundTrip() throws {
        XCTAssertEqual(WorkspaceMemberRole(rawValue: "OWNER"), .owner)
        XCTAssertEqual(WorkspaceMemberRole(rawValue: "SUPERVISOR"), .unknown("SUPERVISOR"))
        XCTAssertEqual(WorkspaceMemberRole.unknown("SUPERVISOR").rawValue, "SUPERVISOR")
        XCTAssertEqual(ClusterType.external.rawValue, "EXTERNAL")
        XCTAssertEqual(WorkspaceMemberRole.allCases, [.owner, .member, .viewer])
        for role in WorkspaceMemberRole.allCases + [.unknown("SUPERVISOR")] {
            let text = String(decoding: try JSONEncoder().encode(role), as: UTF8.self)
            XCTAssertEqual(text, "\"\(role.rawValue)\"")
            XCTAssertEqual(try JSONDecoder().decode(WorkspaceMemberRole.self, from: Data(text.utf8)), role)
        }
    }
}
