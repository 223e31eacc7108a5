import Foundation
import TroopWatchCore

/// One entry of the change feed: something was added to or removed from the model.
struct ChangeRecord: Codable, Sendable, Equatable {
    enum Kind: String, Codable, Sendable, CaseIterable {
        case articleAdded = "article.added"
        case articleRemoved = "article.removed"
        case claimAdded = "claim.added"
        case claimRemoved = "claim.removed"
        case discrepancyOpened = "discrepancy.opened"
        case discrepancyClosed = "discrepancy.closed"
    }

    /// Increases by one per record, for ever: the journal keeps it across restarts.
    var seq: Int
    var type: Kind
    var id: String
    /// When the change was recorded (ISO 8601, UTC).
    var at: String

    /// Changes made now, numbered from `first` on.
    static func numbered(_ changes: [(Kind, String)], from first: Int) -> [ChangeRecord] {
        let at = Date().formatted(.iso8601)
        return changes.enumerated().map { offset, change in
            ChangeRecord(seq: first + offset, type: change.0, id: change.1, at: at)
        }
    }
}

/// What the model holds, as the feed sees it: the ids of articles, claims and open discrepancies.
/// Records are the difference between two of these.
struct ModelIds: Sendable, Equatable {
    var articles: Set<String> = []
    var claims: Set<String> = []
    var discrepancies: Set<String> = []

    init(articles: Set<String> = [], claims: Set<String> = [], discrepancies: Set<String> = []) {
        self.articles = articles
        self.claims = claims
        self.discrepancies = discrepancies
    }

    init(_ snapshot: CorpusSnapshot) {
        articles = Set(snapshot.articles.map(\.id))
        claims = Set(snapshot.claims.map(\.claim.id))
        discrepancies = Set(snapshot.discrepancies.map(\.id))
    }

    /// The part of `snapshot` a write of `articles` can change: those articles, their claims and
    /// the discrepancies of their claims' subjects. Comparing these before and after a write costs
    /// what the write touched, not the size of the model.
    init(_ snapshot: CorpusSnapshot, around articles: [Article]) {
        var subjects: Set<SubjectKey> = []
        for article in articles {
            for claim in article.claims { subjects.insert(SubjectKey(claim.subject)) }
            guard snapshot.article(id: article.id) != nil else { continue }
            self.articles.insert(article.id)
            for claim in article.claims { claims.insert(claim.id) }
        }
        for subject in subjects {
            for discrepancy in snapshot.discrepanciesBySubject[subject] ?? [] { discrepancies.insert(discrepancy.id) }
        }
    }

    /// The ids the journal's records leave in the model.
    init(replaying records: [ChangeRecord]) {
        for record in records {
            switch record.type {
            case .articleAdded: articles.insert(record.id)
            case .articleRemoved: articles.remove(record.id)
            case .claimAdded: claims.insert(record.id)
            case .claimRemoved: claims.remove(record.id)
            case .discrepancyOpened: discrepancies.insert(record.id)
            case .discrepancyClosed: discrepancies.remove(record.id)
            }
        }
    }

    /// The changes from `self` to `other`, unnumbered, in a fixed order: removals before
    /// additions, articles before claims before discrepancies, ids sorted.
    func changes(to other: ModelIds) -> [(ChangeRecord.Kind, String)] {
        func diff(_ old: Set<String>, _ new: Set<String>, added: ChangeRecord.Kind, removed: ChangeRecord.Kind)
            -> (removed: [(ChangeRecord.Kind, String)], added: [(ChangeRecord.Kind, String)])
        {
            (old.subtracting(new).sorted().map { (removed, $0) }, new.subtracting(old).sorted().map { (added, $0) })
        }
        let articles = diff(self.articles, other.articles, added: .articleAdded, removed: .articleRemoved)
        let claims = diff(self.claims, other.claims, added: .claimAdded, removed: .claimRemoved)
        let discrepancies = diff(
            self.discrepancies, other.discrepancies, added: .discrepancyOpened, removed: .discrepancyClosed)
        return discrepancies.removed + claims.removed + articles.removed + articles.added + claims.added
            + discrepancies.added
    }
}
