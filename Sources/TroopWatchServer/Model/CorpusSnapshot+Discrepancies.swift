import TroopWatchCore

extension CorpusSnapshot {
    /// The default options' list is computed once per snapshot; other options only for the
    /// subjects the filter can match.
    func discrepancies(filter: ClaimFilter, options: AnalysisOptions) -> [Discrepancy] {
        let narrowed = filter.actor != nil || filter.location != nil || filter.measure != nil || filter.group != nil
        if options == .standard && !narrowed { return discrepancies }
        let candidates: [SubjectKey]
        if let actor = filter.actor, let location = filter.location, let measure = filter.measure {
            candidates = subjectsByCodes[Self.codes(actor: actor, location: location, measure: measure)] ?? []
        } else {
            candidates = index.subjects
        }
        let subjects = candidates.filter { subject in
            (filter.actor.map { $0 == subject.actor } ?? true) && (filter.location.map { $0 == subject.location } ?? true)
                && (filter.measure.map { $0 == ClaimFilter.foldMeasure(subject.measure) } ?? true)
                && (filter.group.map { subject.group?.lowercased().contains($0) == true } ?? true)
        }
        let found: [Discrepancy]
        if options == .standard {
            found = subjects.flatMap { discrepanciesBySubject[$0] ?? [] }
        } else {
            let finder = DiscrepancyFinder(options: options)
            found = subjects.flatMap { finder.find(subject: $0, claims: index.claims(of: $0)) }
        }
        // One subject's list is already in order; several are merged.
        return subjects.count == 1 && options == .standard
            ? found : found.sorted { DiscrepancyOrder.key($0) < DiscrepancyOrder.key($1) }
    }
}
