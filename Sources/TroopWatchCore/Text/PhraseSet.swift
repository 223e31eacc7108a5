/// A set of phrases matched on whole tokens, case-insensitively ("read more" matches "Read More:"
/// but not "already more"). Phrases are indexed by their first token, so a lookup costs one
/// dictionary probe per text token.
public struct PhraseSet: Sendable {
    private var byFirstToken: [String: [[String]]] = [:]

    public init(_ phrases: [String]) {
        for phrase in phrases {
            let folded = Tokenizer.tokenize(phrase).map(\.folded)
            guard let first = folded.first else { continue }
            byFirstToken[first, default: []].append(folded)
        }
        for key in byFirstToken.keys {
            byFirstToken[key]?.sort { $0.count > $1.count }
        }
    }

    public var isEmpty: Bool { byFirstToken.isEmpty }

    /// The length in tokens of the longest phrase starting at `index`, if any.
    public func match(in tokens: [Token], at index: Int) -> Int? {
        guard index < tokens.count, let candidates = byFirstToken[tokens[index].folded] else { return nil }
        for candidate in candidates where index + candidate.count <= tokens.count {
            var matches = true
            for (offset, word) in candidate.enumerated() where tokens[index + offset].folded != word {
                matches = false
                break
            }
            if matches { return candidate.count }
        }
        return nil
    }

    /// The first match anywhere in `tokens`: its token range.
    public func firstMatch(in tokens: [Token], from start: Int = 0) -> Range<Int>? {
        var index = start
        while index < tokens.count {
            if let length = match(in: tokens, at: index) { return index..<(index + length) }
            index += 1
        }
        return nil
    }

    public func contains(in tokens: [Token]) -> Bool {
        firstMatch(in: tokens) != nil
    }

    /// Whether the whole token list is one of the phrases, ignoring punctuation around it.
    public func matchesWhole(_ tokens: [Token]) -> Bool {
        let words = tokens.drop { $0.kind == .punctuation }
        let trimmed = Array(words.reversed().drop { $0.kind == .punctuation }.reversed())
        guard !trimmed.isEmpty, let length = match(in: trimmed, at: 0) else { return false }
        return length == trimmed.count
    }
}
