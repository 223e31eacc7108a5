/// Names found in page furniture that identify the outlet.
enum CopyrightHolder {
    /// "Copyright © 2019 - 2024 Army Recognition | Webdesign by Zzam" → "Army Recognition".
    static func name(in tokens: [Token]) -> String? {
        var index = 0
        // Skip the notice itself: "Copyright", "©", "(c)", years and dashes.
        while index < tokens.count {
            let token = tokens[index]
            let isNoticeWord = token.folded == "copyright" || token.folded == "c" || token.isNumber
            if isNoticeWord || token.kind == .punctuation {
                index += 1
            } else {
                break
            }
        }
        return capitalisedRun(tokens, from: index)
    }

    /// Capitalised words (and inner connectives like "of") up to the first other token.
    static func capitalisedRun(_ tokens: [Token], from start: Int) -> String? {
        var words: [String] = []
        var index = start
        while index < tokens.count {
            let token = tokens[index]
            if token.isWord, token.isCapitalized {
                if token.folded == "all" { break }  // "All rights reserved"
                words.append(token.text)
            } else if token.isWord, ["of", "the", "and"].contains(token.folded), !words.isEmpty {
                words.append(token.text)
            } else {
                break
            }
            index += 1
        }
        while let last = words.last, last.first?.isUppercase != true { words.removeLast() }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}

enum FollowPrompt {
    /// "Follow Army Recognition on Google News" → "Army Recognition".
    static func name(in tokens: [Token]) -> String? {
        guard let first = tokens.first, first.folded == "follow" else { return nil }
        guard let onIndex = tokens.firstIndex(where: { $0.folded == "on" }), onIndex > 1 else { return nil }
        let name = CopyrightHolder.capitalisedRun(Array(tokens[1..<onIndex]), from: 0)
        return name == "Us" ? nil : name
    }
}
