/// Finds the author bio block at the foot of an article: "NAME is a reporter for the OUTLET, …"
/// together with the short lines above it that belong to it (a name, "Avatar", "Reporter").
struct AuthorBio {
    var lineIndices: [Int]
    var author: String?
    var outlet: String?

    static func find(in lines: [ClassifiedLine], lexicon: ReaderLexicon) -> [AuthorBio] {
        var bios: [AuthorBio] = []
        for (index, line) in lines.enumerated() where line.isBody {
            guard let (author, outlet) = parse(line.tokens, lexicon: lexicon) else { continue }
            var block = [index]
            var above = index - 1
            // The bio's header: short lines without sentence punctuation right above it.
            while above >= 0 {
                let candidate = lines[above]
                if candidate.role == .blank {
                    above -= 1
                    continue
                }
                guard candidate.isBody, candidate.wordCount <= 4,
                    !candidate.tokens.contains(where: { $0.isPunctuation(".") || $0.isPunctuation(",") })
                else { break }
                block.append(above)
                above -= 1
            }
            bios.append(AuthorBio(lineIndices: block.sorted(), author: author, outlet: outlet))
        }
        return bios
    }

    /// "Martin Fornusek is a reporter for the Kyiv Independent, …" → ("Martin Fornusek", "Kyiv Independent").
    static func parse(_ tokens: [Token], lexicon: ReaderLexicon) -> (String, String?)? {
        var index = 0
        var name: [String] = []
        while index < tokens.count, tokens[index].isWord, tokens[index].isCapitalized {
            name.append(tokens[index].text)
            index += 1
        }
        guard (2...4).contains(name.count), index + 2 < tokens.count, tokens[index].folded == "is" else { return nil }
        index += 1
        guard ["a", "an", "the"].contains(tokens[index].folded) else { return nil }
        index += 1
        // Up to three adjectives before the role: "a senior foreign correspondent".
        var roleEnd: Int?
        for probe in index..<min(index + 4, tokens.count) {
            if let length = lexicon.bioRoles.match(in: tokens, at: probe) {
                roleEnd = probe + length
                break
            }
        }
        guard let afterRole = roleEnd else { return nil }
        return (name.joined(separator: " "), outletName(tokens, from: afterRole))
    }

    /// "for the Kyiv Independent," / "at Reuters" → the capitalised run after the preposition.
    private static func outletName(_ tokens: [Token], from start: Int) -> String? {
        guard start < tokens.count, ["for", "at", "with"].contains(tokens[start].folded) else { return nil }
        var index = start + 1
        if index < tokens.count, tokens[index].folded == "the" { index += 1 }
        var words: [String] = []
        while index < tokens.count, tokens[index].isWord, tokens[index].isCapitalized {
            words.append(tokens[index].text)
            index += 1
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
