import Foundation
import PingbiCommandLine
import PingbiCore
@testable import PingbiReports
import ProgramCatalog
import Testing

/// `--format xlsx`: one workbook, a sheet per program with numbers as numbers, and 說明.
@Suite struct XLSXOutputTests {
    /// Every program on its shipped sample.
    static func sampleResults() throws -> [ProgramResult] {
        try Catalog.programs.map { program in
            try program.sampleResult()
        }
    }

    /// The text a value column's cell shows: the value to the column's decimals.
    static func shown(_ value: Decimal?, _ column: ValueColumn) -> String? {
        value.map { column.scale.map($0.fixed) ?? $0.plainText }
    }

    @Test func sheetNamesAreValid() {
        let long = XLSXWriter.sheetName("111年度中央健康保險署高屏業務組與高、屏、澎地區公所合作推動健保重點工作評比", taken: [])
        #expect(long == "111年度中央健康保險署高屏業務組與高、屏、澎地區公所合作推動")
        #expect(long.count == 31)
        #expect(XLSXWriter.sheetName("a/b[c]:d*e?f\\g", taken: []) == "a－b－c－－d－e－f－g")
        #expect(XLSXWriter.sheetName("說明", taken: ["說明"]) == "說明（2）")
        #expect(XLSXWriter.sheetName(String(repeating: "甲", count: 40), taken: [String(repeating: "甲", count: 31)])
            == String(repeating: "甲", count: 28) + "（2）")
        #expect(XLSXWriter.sheetName("''", taken: []) == "工作表")
    }

    @Test func theWorkbookReadsBackWithTheResultsNumbers() throws {
        let results = try Self.sampleResults()
        var workbook = try Workbook(bytes: XLSXRenderer.render(results), file: "pingbi-results.xlsx")
        #expect(workbook.sheetNames.count == results.count + 1)
        #expect(workbook.sheetNames.last == "說明")
        var taken = ["說明"]
        for (result, sheet) in zip(results, workbook.sheetNames) {
            // Named after the title; an edition that keeps its base's title gets `（2）`.
            #expect(sheet == XLSXWriter.sheetName(result.title, taken: taken))
            taken.append(sheet)
            let records = try workbook.records(sheet: sheet)
            let header = records[0].fields
            #expect(Array(header.prefix(3 + result.columns.count)) == ["組別", "名次", "單位"] + result.columns.map(\.title))
            for (unit, record) in zip(result.units, records.dropFirst()) {
                #expect(record.fields[2] == unit.unit)
                #expect(record.fields[1] == unit.rank.map(String.init) ?? "")
                for (index, column) in result.columns.enumerated() {
                    #expect(record.fields[3 + index] == unit.values[column.key].map(XLSXRenderer.cellNumber) ?? "", "\(result.program) \(unit.unit) \(column.key)")
                }
            }
        }
        // Amounts are numbers: the staff award's totals read back as the exact amounts.
        let staff = try #require(results.firstIndex { $0.program == "pension-staff-112" })
        let records = try workbook.records(sheet: workbook.sheetNames[staff])
        let amountColumn = try #require(records[0].fields.firstIndex { $0.hasSuffix("績效獎勵金額（元）") })
        let first = try #require(results[staff].outcomes(of: "staff-award").first)
        let row = try #require(records.first { $0.fields[2] == first.unit })
        #expect(row.fields[amountColumn] == first.amount?.plainText)
        // 說明: period, data files, readings, notes, warnings of each program.
        let notes = try workbook.records(sheet: "說明").map { $0.fields }
        #expect(notes.contains(["期間", "111-02..111-09"]))
        #expect(notes.contains(["資料檔案", "範例資料/county-rates.csv"]))
        #expect(notes.contains { $0.first == "解讀" && $0.last?.contains("（預設）") == true })
        // Each reading's value by its label, not by what --reading takes.
        #expect(notes.contains(["解讀", "項目(6)LINE群組活躍度上限：公式的 2 分，或標題的 3 分；本次採用：公式的 2 分（預設）"]))
        #expect(notes.contains { $0.first == "解讀" && $0.last?.hasSuffix("；本次採用：同分者占用名次（1、1、3）（預設）") == true })
        #expect(notes.filter { $0.first == "附註" }.count == results.map(\.notes.count).reduce(0, +))
        #expect(notes.filter { $0.first == "警告" }.count == results.map(\.warnings.count).reduce(0, +))
    }

    @Test func numbersKeepFifteenSignificantDigits() {
        #expect(XLSXRenderer.cellNumber(Decimal(string: "10.593490746649649010848755583918315252")!) == "10.5934907466496")
        #expect(XLSXRenderer.cellNumber(Decimal(string: "0.000123456789012345678")!) == "0.000123456789012346")
        #expect(XLSXRenderer.cellNumber(Decimal(string: "-85.35")!) == "-85.35")
        #expect(XLSXRenderer.cellNumber(Decimal(string: "12345678901234567890")!) == "12345678901234567890")
    }

    @Test func formatXlsxNeedsOut() throws {
        let sample = try #require(Catalog.program("pension-county-112")).sampleData
        let refused = pingbi("run", "pension-county-112", "--data", sample.path, "--format", "xlsx")
        #expect(refused.status == .usage)
        #expect(refused.err.contains("請以 --out DIR 指定寫入資料夾"))
        let folder = try temporaryFolder()
        let written = pingbi("run", "pension-county-112", "--data", sample.path, "--format", "xlsx", "--out", folder.path)
        #expect(written.status == .success)
        let bytes = try Data(contentsOf: folder.appendingPathComponent("pingbi-results.xlsx"))
        #expect(try Workbook(bytes: [UInt8](bytes), file: "x").sheetNames.count == 2)
    }

    /// LibreOffice's `soffice`, when installed.
    static let soffice: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        return (path.split(separator: ":").map { $0 + "/soffice" } + ["/Applications/LibreOffice.app/Contents/MacOS/soffice"])
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    @Test(.enabled(if: soffice != nil, "LibreOffice (soffice) is not installed: the xlsx output is not opened in a real spreadsheet"))
    func libreOfficeOpensTheWorkbookWithTheJSONNumbers() throws {
        let folder = try temporaryFolder()
        let run = pingbi("run", "--format", "xlsx", "--out", folder.path)
        #expect(run.status == .success)
        let results = try Self.sampleResults()
        // Every sheet to CSV, as shown.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.soffice))
        process.arguments = [
            "-env:UserInstallation=file://" + folder.appendingPathComponent("profile").path, "--headless",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
            "--outdir", folder.path, folder.appendingPathComponent("pingbi-results.xlsx").path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let sheets = try Workbook(bytes: [UInt8](Data(contentsOf: folder.appendingPathComponent("pingbi-results.xlsx"))), file: "x").sheetNames
        for (result, sheet) in zip(results, sheets) {
            let file = folder.appendingPathComponent("pingbi-results-\(sheet).csv")
            let records = try CSV.parse(String(contentsOf: file, encoding: .utf8), file: file.lastPathComponent)
            #expect(records.count >= result.units.count + 1)
            for (unit, record) in zip(result.units, records.dropFirst()) {
                #expect(record.fields[2] == unit.unit)
                for (index, column) in result.columns.enumerated() {
                    let cell = record.fields[3 + index]
                    guard let value = unit.values[column.key] else {
                        #expect(cell.isEmpty)
                        continue
                    }
                    if column.scale != nil {
                        #expect(cell == Self.shown(value, column), "\(result.program) \(unit.unit) \(column.key)")
                    } else {
                        // General: LibreOffice shows as many decimals as fit; they agree with the exact value.
                        let decimals = cell.split(separator: ".").dropFirst().first?.count ?? 0
                        #expect(cell == value.fixed(decimals), "\(result.program) \(unit.unit) \(column.key)")
                    }
                }
            }
            let amounts = records[0].fields.indices.filter { records[0].fields[$0].hasSuffix("金額（元）") }
            for column in amounts {
                for record in records.dropFirst() where !record.fields[column].isEmpty {
                    let outcomes = result.outcomes.filter { $0.unit == record.fields[2] }
                    let shown = record.fields[column].replacingOccurrences(of: ",", with: "")
                    #expect(outcomes.contains { $0.amount?.plainText == shown || $0.perPerson?.plainText == shown }, "\(result.program) \(record.fields[2])")
                }
            }
        }
        let notes = try String(contentsOf: folder.appendingPathComponent("pingbi-results-說明.csv"), encoding: .utf8)
        #expect(notes.contains("期間,111-02..111-09"))
    }
}
