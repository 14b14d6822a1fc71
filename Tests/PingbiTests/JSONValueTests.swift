import Testing

@testable import PingbiCommandLine

/// The JSON reader `verify` compares published results with: numbers kept exact.
@Suite struct JSONValueTests {
    @Test func numbersCompareAsExactDecimals() throws {
        #expect(JSONValue.parse("85.30") == JSONValue.parse("85.3"))
        #expect(JSONValue.parse("1520") == JSONValue.parse("1520.0"))
        // Beyond Double's 17 digits: still different.
        #expect(JSONValue.parse("0.10000000000000000000001") != JSONValue.parse("0.1"))
        #expect(JSONValue.parse("9007199254740993") != JSONValue.parse("9007199254740992"))
    }

    @Test func objectsArraysStringsAndEscapes() throws {
        let value = try #require(JSONValue.parse(#"{"unit": "臺南市\n\"甲\" \u00e9 \ud83d\ude00", "rank": null, "ok": true, "list": [1, -2.5e3, []]}"#))
        #expect(value["unit"]?.stringValue == "臺南市\n\"甲\" é 😀")
        #expect(value["rank"] == .null)
        #expect(value["ok"] == .bool(true))
        #expect(value["list"] == .array([.number("1"), .number("-2.5e3"), .array([])]))
        // Member order does not matter for equality.
        #expect(JSONValue.parse(#"{"a": 1, "b": 2}"#) == JSONValue.parse(#"{"b": 2, "a": 1}"#))
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "01x", "\"\u{01}\"", "nul", "1 2", "-", "1.", "\"\\ud800\""])
    func invalidTextIsRejected(_ text: String) {
        #expect(JSONValue.parse(text) == nil)
    }

    @Test func deepNestingIsRejectedWithoutCrashing() {
        #expect(JSONValue.parse(String(repeating: "[", count: 100_000)) == nil)
    }
}
