import Foundation
import TroopWatchCore

/// The filters of `GET /v1/claims` (and later of estimates and discrepancies), normalised so that
/// equivalent queries share one cache entry.
struct ClaimFilter: Sendable {
    var actor: String?
    var group: String?
    var location: String?
    var measure: String?
    var source: String?
    var from: CalendarDate?
    var to: CalendarDate?
    var article: String?

    /// A filter on a subject's codes only (benchmarks, internal queries).
    init(actor: String?, location: String?, measure: String?) {
        self.actor = actor
        self.location = location
        self.measure = measure.map(Self.foldMeasure)
    }

    static let parameterNames: Set<String> = ["actor", "group", "location", "measure", "source", "from", "to", "article"]

    init(_ parameters: QueryParameters) throws(Problem) {
        actor = try parameters.string("actor").map { text throws(Problem) in try Self.countryCode(text, parameter: "actor") }
        location = try parameters.string("location").map { text throws(Problem) in
            try Self.countryCode(text, parameter: "location")
        }
        group = parameters.string("group")?.lowercased()
        measure = parameters.string("measure").map(Self.foldMeasure)
        source = parameters.string("source")?.lowercased()
        (from, to) = try parameters.dateRange()
        article = parameters.string("article")
    }

    /// "ru" → "RU"; anything but two letters is a 400.
    static func countryCode(_ text: String, parameter: String) throws(Problem) -> String {
        guard text.count == 2, text.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw .invalidParameter(parameter, "'\(parameter)' must be an ISO 3166-1 alpha-2 country code such as RU; got '\(text)'.")
        }
        return text.uppercased()
    }

    /// "Battalion-Tactical_Groups" and "battalion tactical group" are the same measure.
    static func foldMeasure(_ text: String) -> String {
        var folded = text.lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        if folded.hasSuffix("s") { folded.removeLast() }
        return folded
    }

    var cacheKey: String {
        [
            actor ?? "", group ?? "", location ?? "", measure ?? "", source ?? "", from?.iso ?? "", to?.iso ?? "",
            article ?? "",
        ].joined(separator: "&")
    }

    func matches(_ claim: Claim) -> Bool {
        let subject = claim.subject
        if let actor, subject.actor != actor { return false }
        if let location, subject.location != location { return false }
        if let group, subject.group?.lowercased().contains(group) != true { return false }
        if let measure, Self.foldMeasure(subject.measure) != measure { return false }
        if let article, claim.articleId != article { return false }
        if let source {
            let name = claim.source?.name?.lowercased() ?? ""
            let speaker = claim.source?.speaker?.lowercased() ?? ""
            if !name.contains(source) && !speaker.contains(source) { return false }
        }
        if from != nil || to != nil {
            guard let asOf = claim.asOf else { return false }
            if let from, asOf.end < from { return false }
            if let to, asOf.start > to { return false }
        }
        return true
    }
}
