import TroopWatchCore

/// What the corpus says about each subject: the estimate index and the discrepancies under the
/// default options. Built per subject, so a start-up build spreads over the cores and a write
/// rebuilds only the subjects its claims belong to, sharing the rest with the previous snapshot.
struct SubjectAnalysis: Sendable {
    /// Claims by subject and source, for estimates, timelines and subjects.
    let index: EstimateIndex
    /// The same, by subject (each list most severe first), so a subject's query reads only its own.
    let discrepanciesBySubject: [SubjectKey: [Discrepancy]]
    /// Every subject's discrepancies, most severe first; other options are computed per query.
    let discrepancies: [Discrepancy]
    let discrepancyPositions: [String: Int]
    /// Subjects by "actor|location|folded measure", for queries that name all three.
    let subjectsByCodes: [String: [SubjectKey]]

    init(claims: [IndexedClaim]) {
        let index = EstimateIndex(claims: claims)
        let subjects = index.subjects
        let found = ParallelMap.map(subjects.count) { Self.discrepancies(of: subjects[$0], in: index) }
        var bySubject: [SubjectKey: [Discrepancy]] = [:]
        for (subject, list) in zip(subjects, found) where !list.isEmpty { bySubject[subject] = list }
        self.init(index: index, discrepanciesBySubject: bySubject)
    }

    private init(index: EstimateIndex, discrepanciesBySubject: [SubjectKey: [Discrepancy]]) {
        self.index = index
        self.discrepanciesBySubject = discrepanciesBySubject
        let all = discrepanciesBySubject.values.flatMap { $0 }.sorted(by: DiscrepancyOrder.precedes)
        discrepancies = all
        var positions: [String: Int] = [:]
        positions.reserveCapacity(all.count)
        for (position, discrepancy) in all.enumerated() { positions[discrepancy.id] = position }
        discrepancyPositions = positions
        subjectsByCodes = Dictionary(grouping: index.subjects) { subject in
            CorpusSnapshot.codes(actor: subject.actor, location: subject.location, measure: ClaimFilter.foldMeasure(subject.measure))
        }
    }

    /// The analysis after some articles' claims left and others arrived: only the subjects those
    /// claims belong to are re-indexed and searched for discrepancies again.
    func updating(removed: [Article], added: [IndexedClaim]) -> SubjectAnalysis {
        var touched: [SubjectKey: [IndexedClaim]] = [:]
        let removedIds = Set(removed.map(\.id))
        for claim in removed.flatMap(\.claims) where claim.asOf != nil {
            let subject = SubjectKey(claim.subject)
            guard touched[subject] == nil else { continue }
            touched[subject] = index.claims(of: subject).filter { !removedIds.contains($0.claim.articleId) }
        }
        for claim in added where claim.claim.asOf != nil {
            let subject = SubjectKey(claim.claim.subject)
            touched[subject, default: index.claims(of: subject)].append(claim)
        }
        guard !touched.isEmpty else { return self }
        let newIndex = index.replacing(touched)
        var bySubject = discrepanciesBySubject
        for subject in touched.keys {
            let list = Self.discrepancies(of: subject, in: newIndex)
            bySubject[subject] = list.isEmpty ? nil : list
        }
        return SubjectAnalysis(index: newIndex, discrepanciesBySubject: bySubject)
    }

    private static func discrepancies(of subject: SubjectKey, in index: EstimateIndex) -> [Discrepancy] {
        DiscrepancyFinder(options: .standard).find(subject: subject, claims: index.claims(of: subject))
            .sorted(by: DiscrepancyOrder.precedes)
    }
}
