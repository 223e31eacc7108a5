import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TroopWatchServer

/// `/v1/subjects`, `/v1/estimates`, `/v1/estimates/timeline`, `/v1/discrepancies` on the seeds.
@Suite struct AnalysisRouteTests {
    static let subject = "actor=RU&location=BY&measure=personnel"

    @Test func subjectsListTheDashboardMenus() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let body = try JSONBody(try await client.get("/v1/subjects"))
            let first = try #require(body.items.first)
            #expect(first["actor"] as? String == "RU")
            #expect(first["location"] as? String == "BY")
            #expect(first["measure"] as? String == "personnel")
            #expect(first["group"] is NSNull)
            #expect(first["claimCount"] as? Int == 10)
            #expect(first["firstAsOf"] as? String == "2022-09-01")
            #expect(first["lastAsOf"] as? String == "2024-09-08")
            #expect((first["sources"] as? [String])?.contains("Belarusian Hajun") == true)
            #expect(body.items.count == 6)
        }
    }

    @Test func theEstimateOfOctober20HasHajunAndTheBorderServiceDisagreeing() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let body = try JSONBody(try await client.get("/v1/estimates?\(Self.subject)&date=2023-10-20"))
            #expect(body["date"] as? String == "2023-10-20")
            let entries = body["entries"] as? [[String: Any]] ?? []
            #expect(entries.compactMap { $0["source"] as? String } == ["Belarusian Hajun", "State Border Guard Service of Ukraine"])
            let hajun = try #require(entries.first)
            #expect(((hajun["claim"] as? [String: Any])?["quantity"] as? [String: Any])?["text"] as? String == "around 2,000")
            #expect(((hajun["claim"] as? [String: Any])?["asOf"] as? [String: Any])?["start"] as? String == "2023-10-16")
            #expect(hajun["ageDays"] as? Int == 4)
            #expect(hajun["covers"] as? Bool == false)
            #expect(hajun["interval"] as? [String: Int] == ["low": 1800, "high": 2200])
            let consensus = body["consensus"] as? [String: Any]
            #expect(consensus?["agreement"] as? Bool == false)
            #expect(consensus?["interval"] as? [String: Int] == ["low": 0, "high": 2200])
        }
    }

    @Test func aSubjectWithNoClaimsIsEmptyNotAnError() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let response = try await client.get("/v1/estimates?actor=US&location=PL&date=2023-10-20")
            #expect(response.status == .ok)
            let body = try JSONBody(response)
            #expect((body["entries"] as? [Any])?.isEmpty == true)
            #expect((body["consensus"] as? [String: Any])?["agreement"] is NSNull)
        }
    }

    @Test func asKnownOnReplaysTheRecord() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            // Before 2023-10-31 the border service's "fewer than a thousand" was not yet published.
            let then = try JSONBody(try await client.get("/v1/estimates?\(Self.subject)&date=2023-11-01&asKnownOn=2023-10-30"))
            let now = try JSONBody(try await client.get("/v1/estimates?\(Self.subject)&date=2023-11-01"))
            func texts(_ body: JSONBody) -> [String] {
                (body["entries"] as? [[String: Any]] ?? []).compactMap {
                    (($0["claim"] as? [String: Any])?["quantity"] as? [String: Any])?["text"] as? String
                }
            }
            #expect(!texts(then).contains("fewer than a thousand"))
            #expect(texts(now).contains("fewer than a thousand"))
            // Every seed discrepancy involves an article published after October 30, 2023.
            #expect(try JSONBody(try await client.get("/v1/discrepancies?asKnownOn=2023-10-30")).items.isEmpty)
            // By the end of 2023 the 2024 articles are still unknown: two of the three remain.
            #expect(try JSONBody(try await client.get("/v1/discrepancies?asKnownOn=2023-12-31")).items.count == 2)
        }
    }

    @Test func theMonthlyTimelineHas25Points() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let body = try JSONBody(
                try await client.get("/v1/estimates/timeline?\(Self.subject)&from=2022-09-01&to=2024-09-01&step=month"))
            let points = body["points"] as? [[String: Any]] ?? []
            #expect(points.count == 25)
            #expect(points.first?["date"] as? String == "2022-09-01")
            #expect(points.last?["date"] as? String == "2024-09-01")
            #expect(body["step"] as? String == "month")
        }
    }

    @Test func theTimelineComesAsCSV() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            for headers: HTTPFields in [[:], [.accept: "text/csv"]] {
                let query = headers.isEmpty ? "&format=csv" : ""
                let response = try await client.get(
                    "/v1/estimates/timeline?\(Self.subject)&from=2023-10-01&to=2023-10-03&step=day\(query)", headers: headers)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                let lines = String(buffer: response.body).components(separatedBy: "\r\n")
                #expect(lines.first == "date,entries,agreement,consensusLow,consensusHigh,medianBest,sources,claimIds")
                #expect(lines.count == 5)  // header, three days, and the empty string after the last CRLF
                #expect(lines[1].hasPrefix("2023-10-01,"))
            }
        }
    }

    @Test func discrepanciesAreSortedBySeverityAndComeAsCSV() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let body = try JSONBody(try await client.get("/v1/discrepancies"))
            let severities = body.items.compactMap { $0["severity"] as? Double }
            #expect(severities == severities.sorted(by: >))
            #expect(body.items.count == 3)
            let first = try #require(body.items.first)
            #expect(first["daysBetween"] as? Int == 15)
            #expect((first["gap"] as? [String: Any])?["absolute"] as? Int == 801)
            #expect((first["sources"] as? [String]) == ["Belarusian Hajun", "State Border Guard Service of Ukraine"])
            #expect((first["explanation"] as? String)?.contains("around 2,000") == true)
            let id = try #require(first["id"] as? String)
            let one = try JSONBody(try await client.get("/v1/discrepancies/\(id)"))
            #expect(one["id"] as? String == id)
            #expect(try JSONBody(try await client.get("/v1/discrepancies?minSeverity=0.3")).items.count == 2)
            #expect(try JSONBody(try await client.get("/v1/discrepancies?source=army")).items.count == 1)
            #expect(try JSONBody(try await client.get("/v1/discrepancies?window=10")).items.isEmpty)
            let csv = try await client.get("/v1/discrepancies?format=csv")
            let lines = String(buffer: csv.body).components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.count == 4)
            #expect(lines[0].hasPrefix("id,severity,actor,group,location,measure,daysBetween"))
        }
    }

    @Test func claimsComeAsCSV() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let response = try await client.get("/v1/claims?format=csv&article=003_4eb84e7084170a8e")
            #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
            let lines = String(buffer: response.body).components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.count == 4)
            #expect(lines[0] == ClaimsCSVHeader.expected)
            #expect(lines.contains { $0.contains(",less-than,,,999,fewer than a thousand,") })
            // A quote holding a comma is quoted (RFC 4180).
            #expect(lines.contains { $0.hasSuffix(",\"“We are actively monitoring the situation and assessing possible threats,” Demchenko said loudly The New Voice of Ukraine.\"") } == false)
            #expect(lines.contains { $0.contains(",\"A few weeks ago it was assumed that there would be around 2,000 remaining soldiers.\"") })
        }
    }

    @Test(arguments: [
        ("/v1/estimates?actor=RU&location=BY", "date"),
        ("/v1/estimates?actor=RU&date=yesterday", "date"),
        ("/v1/estimates?actor=RU&date=2023-10-20&tolerance=1", "tolerance"),
        ("/v1/estimates?actor=RU&date=2023-10-20&tolerance=-0.1", "tolerance"),
        ("/v1/estimates?actor=RU&date=2023-10-20&horizon=-1", "horizon"),
        ("/v1/estimates?actor=RU&date=2023-10-20&nearZero=lots", "nearZero"),
        ("/v1/estimates?actor=RU&date=2023-10-20&asKnownOn=2023-02-30", "asKnownOn"),
        ("/v1/estimates?actor=Russia&date=2023-10-20", "actor"),
        ("/v1/estimates/timeline?actor=RU&from=2023-01-01&to=2023-02-01&step=fortnight", "step"),
        ("/v1/estimates/timeline?actor=RU&from=2023-02-01&to=2023-01-01", "from"),
        ("/v1/estimates/timeline?actor=RU&to=2023-01-01", "from"),
        ("/v1/estimates/timeline?actor=RU&from=2000-01-01&to=2023-01-01&step=day", "step"),
        ("/v1/estimates/timeline?actor=RU&from=2023-01-01&to=2023-02-01&format=xml", "format"),
        ("/v1/discrepancies?window=-5", "window"),
        ("/v1/discrepancies?minSeverity=2", "minSeverity"),
        ("/v1/discrepancies?tolerance=1.5", "tolerance"),
        ("/v1/discrepancies?from=2024-01-02&to=2024-01-01", "from"),
    ])
    func badOptionsAre400NamingTheParameter(uri: String, parameter: String) async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            try expectProblem(try await client.get(uri), status: .badRequest, parameter: parameter)
        }
    }

    @Test func anUnknownDiscrepancyIs404() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            try expectProblem(try await client.get("/v1/discrepancies/d-nope"), status: .notFound)
        }
    }
}

enum ClaimsCSVHeader {
    static let expected =
        "id,articleId,actor,group,location,area,measure,qualifier,low,best,high,text,asOfStart,asOfEnd,precision,asOfText,sourceName,speaker,statedOn,confidence,quote"
}
