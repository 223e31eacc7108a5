import HTTPTypes
import Hummingbird

/// Who may write. With a token configured a write must carry `Authorization: Bearer TOKEN`; with
/// none, writes are accepted only while the server listens on a loopback address, where only
/// local processes can reach it. Reads are never checked.
struct WriteGuard: Sendable {
    let token: [UInt8]?
    let listensOnLoopback: Bool

    init(token: String?, hostname: String) {
        self.token = token.map { Array($0.utf8) }
        listensOnLoopback = Self.isLoopback(hostname)
    }

    static func isLoopback(_ hostname: String) -> Bool {
        hostname == "localhost" || hostname == "::1" || hostname == "[::1]" || hostname.hasPrefix("127.")
    }

    func check(_ request: Request) throws(Problem) {
        guard let token else {
            guard listensOnLoopback else {
                throw Problem(
                    status: .forbidden, type: "/problems/writes-disabled", title: "Writes are disabled",
                    detail: "This server listens beyond loopback and has no write token: set TROOPWATCH_TOKEN or pass --token-file FILE, then send 'Authorization: Bearer TOKEN'.")
            }
            return
        }
        guard let header = request.headers[.authorization] else {
            var problem = Problem(
                status: .unauthorized, type: "/problems/unauthorized", title: "Authentication required",
                detail: "Writes need 'Authorization: Bearer TOKEN'.")
            problem.extraHeaders[.wwwAuthenticate] = "Bearer realm=\"troopwatch\""
            throw problem
        }
        let prefix = "bearer "
        let presented = header.lowercased().hasPrefix(prefix) ? Array(header.utf8.dropFirst(prefix.utf8.count)) : []
        guard Self.constantTimeEquals(presented, token) else {
            throw Problem(
                status: .forbidden, type: "/problems/forbidden", title: "Wrong token",
                detail: "The bearer token is not the one this server is configured with.")
        }
    }

    /// Compares every byte whatever the first difference, so the time taken does not tell an
    /// attacker how much of a guess was right.
    static func constantTimeEquals(_ presented: [UInt8], _ expected: [UInt8]) -> Bool {
        var difference = UInt8(presented.count == expected.count ? 0 : 1)
        for index in 0..<expected.count {
            let byte = index < presented.count ? presented[index] : 0
            difference |= byte ^ expected[index]
        }
        return difference == 0
    }
}
