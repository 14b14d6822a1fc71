import Foundation
import PingbiCore
import Testing

/// A row's values kept in a shared key table (``UnitValues``) read and compare as the
/// dictionary they replace did: by key, a key without a value undefined, equal whatever the tables.
@Suite struct UnitValuesTests {
    @Test func readAndWrittenByKeyAndBySlot() {
        let table = ValueKeys(["total", "S1", "A1", "total"])
        #expect(table.keys == ["total", "S1", "A1"])
        var values = UnitValues(keys: table, leading: [Decimal.exact("88.6")])
        #expect(values["total"] == Decimal.exact("88.6") && values["S1"] == nil && values["nowhere"] == nil)
        values["A1"] = 12
        values[slot: 1] = 80
        #expect(values.keys == ["total", "S1", "A1"] && values.count == 3)
        values["S1"] = nil
        #expect(values.keys == ["total", "A1"] && values.count == 2)
        // A key the table lacks: the row gets a larger table, the shared one is unchanged.
        values["assist"] = 1520
        #expect(values["assist"] == 1520 && table.count == 3 && values.keyTable.keys == ["total", "S1", "A1", "assist"])
        #expect(values.dictionary == ["total": Decimal.exact("88.6"), "A1": 12, "assist": 1520])
        #expect(UnitValues(keys: table).isEmpty)
    }

    @Test func equalWhenTheSameKeysHaveEqualValuesWhateverTheTables() {
        let shared = ValueKeys(["total", "S1", "A1"])
        var a = UnitValues(keys: shared, leading: [90, 80])
        let b: UnitValues = ["S1": 80, "total": Decimal.exact("90.0")]
        #expect(a == b)
        #expect(a == UnitValues(keys: shared, leading: [90, 80, nil]))
        a["A1"] = 0
        #expect(a != b)
        #expect(UnitValues(keys: shared, leading: [90]) != UnitValues(keys: ValueKeys(["S1", "total"]), leading: [90]))
    }

    @Test func keysAddedInTheSameOrderShareATable() {
        var a: UnitValues = [:], b: UnitValues = [:]
        for key in ["rate", "base", "change"] {
            a[key] = 1
            b[key] = 2
        }
        #expect(a.keyTable === b.keyTable && a.keys == ["rate", "base", "change"])
    }
}
