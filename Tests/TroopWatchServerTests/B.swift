import Testing
import HummingbirdTesting
@Test func b() { #expect(1 == 1) }
