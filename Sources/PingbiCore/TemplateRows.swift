import Foundation

/// The rows `pingbi template` writes under each header: the key values of the program's
/// sample (its roster of offices and months, counties, areas), in the sample's order, every
/// other cell blank — so the 承辦人 fills in numbers instead of typing 77 office names.
public enum TemplateRows {
    /// The rows by file name; a table whose key names people, or that the sample lacks, has none.
    public static func rows(of program: any Program) -> [String: [[String]]] {
        let sample = DataSource(directory: program.sampleData, label: "")
        var rows: [String: [[String]]] = [:]
        for spec in program.inputs where spec.rosterKey && !spec.key.isEmpty && sample.exists(spec.fileName) {
            guard let table = try? sample.table(spec) else { continue }
            var seen = Set<[String]>()
            var list: [[String]] = []
            for row in table.rows {
                let key = spec.key.map { row.text($0) }
                guard !key.contains(""), seen.insert(key).inserted else { continue }
                list.append(spec.columns.map { column in spec.key.firstIndex(of: column.name).map { key[$0] } ?? "" })
            }
            rows[spec.fileName] = list
        }
        return rows
    }
}
