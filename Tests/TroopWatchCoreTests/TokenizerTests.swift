import Testing
import TroopWatchCore

@Suite struct TokenizerTests {
    @Test func offsetsCountUnicodeScalars() {
        // The curly quote and the emoji are one scalar each; the flag is two.
        let text = "“Hi” 🇺🇦 2,500 troops"
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.map(\.text) == ["“", "Hi", "”", "🇺", "🇦", "2", ",", "500", "troops"])
        #expect(tokens.map(\.start) == [0, 1, 3, 5, 6, 8, 9, 10, 14])
        #expect(tokens.map(\.end) == [1, 3, 4, 6, 7, 9, 10, 13, 20])
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[14..<20])) == "troops")
    }

    @Test func recordsSpacingAndLineBreaks() {
        let tokens = Tokenizer.tokenize("16th\nOct. 2 500")
        #expect(tokens.map(\.text) == ["16", "th", "Oct", ".", "2", "500"])
        #expect(tokens.map(\.spaceBefore) == [false, false, true, false, true, true])
        #expect(tokens.map(\.lineBreakBefore) == [false, false, true, false, false, false])
        #expect(tokens.map(\.kind) == [.number, .word, .word, .punctuation, .number, .number])
    }

    @Test func foldsWordsToLowerCase() {
        let tokens = Tokenizer.tokenize("Belarussky HAJUN")
        #expect(tokens.map(\.folded) == ["belarussky", "hajun"])
    }

    @Test func emptyAndWhitespaceTextHaveNoTokens() {
        #expect(Tokenizer.tokenize("").isEmpty)
        #expect(Tokenizer.tokenize(" \n\t\u{00A0} ").isEmpty)
    }
}
