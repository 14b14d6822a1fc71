import Foundation
import PingbiCommandLine
import PingbiCore
import ProgramCatalog
import Testing

/// `--data` reads `.xlsx` as it reads `.csv`: the results equal the CSV runs, and bad cells
/// are errors naming file, sheet, cell and value.
@Suite struct XLSXInputTests {
    /// The results of `program` on `folder` as JSON, with workbook names written as the CSVs'.
    private func json(_ program: String, _ folder: URL) -> (PingbiCommandLine.ExitStatus, String) {
        let run = pingbi("run", program, "--data", folder.path, "--format", "json")
        return (run.status, withoutProvenance(run.out).replacingOccurrences(of: ".xlsx", with: ".csv") + run.err)
    }

    @Test(arguments: [
        ("kaoping-111", ["offices.csv", "activity.csv"]),
        ("pension-county-112", ["county-rates.csv"]),
        ("pension-staff-112", ["county-rates.csv", "visits.csv"]),
        ("pension-exemplary-112", ["nominations.csv"]),
    ])
    func aWorkbookPerInputGivesTheCSVResults(program: String, files: [String]) throws {
        let sample = try #require(Catalog.program(program)).sampleData
        let workbooks = try XLSXFixtures.folderOfWorkbooks(from: sample, files: files)
        let fromCSV = json(program, sample)
        let fromXLSX = json(program, workbooks)
        #expect(fromCSV.0 == .success)
        #expect(fromXLSX.0 == .success)
        #expect(fromXLSX.1 == fromCSV.1)
        #expect(withoutProvenance(pingbi("run", program, "--data", workbooks.path, "--format", "csv").out)
            == withoutProvenance(pingbi("run", program, "--data", sample.path, "--format", "csv").out))
    }

    @Test func oneWorkbookWithSheetsNamedLikeTheInputs() throws {
        let sample = try #require(Catalog.program("kaoping-111")).sampleData
        let offices = try String(contentsOf: sample.appendingPathComponent("offices.csv"), encoding: .utf8)
        let activity = try String(contentsOf: sample.appendingPathComponent("activity.csv"), encoding: .utf8)
        let bytes = try XLSXFixtures.workbook([("說明", "看這裡\n"), ("offices", offices), ("activity.csv", activity)])
        let folder = try XLSXFixtures.folder("高屏公所資料.xlsx", bytes)
        let run = pingbi("run", "kaoping-111", "--data", folder.path, "--format", "csv")
        #expect(run.status == .success)
        #expect(withoutProvenance(run.out) == withoutProvenance(pingbi("run", "kaoping-111", "--data", sample.path, "--format", "csv").out))
    }

    @Test func libreOfficeWorkbooksGiveTheCSVResults() throws {
        // Made by `soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx` from the
        // samples: shared strings, percent-formatted rates (0.687 shown 68.70%), 月份 as text.
        let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures/xlsx")
        for (program, files) in [("pension-county-112", ["county-rates.xlsx"]), ("kaoping-111", ["offices.xlsx", "activity.xlsx"])] {
            let folder = try temporaryFolder()
            for file in files {
                try FileManager.default.copyItem(at: fixtures.appendingPathComponent(file), to: folder.appendingPathComponent(file))
            }
            let sample = try #require(Catalog.program(program)).sampleData
            let fromXLSX = json(program, folder)
            #expect(fromXLSX.0 == .success)
            #expect(fromXLSX.1 == json(program, sample).1)
        }
    }

    @Test func aBadCellStopsTheRunNamingSheetAndCell() throws {
        let sample = try #require(Catalog.program("pension-county-112")).sampleData
        let text = try String(contentsOf: sample.appendingPathComponent("county-rates.csv"), encoding: .utf8)
            .replacingOccurrences(of: "68.70%", with: "12abc")
        let folder = try XLSXFixtures.folder("county-rates.xlsx", try XLSXFixtures.workbook([("工作表1", text)]))
        let out = try temporaryFolder().appendingPathComponent("out")
        let run = pingbi("run", "pension-county-112", "--data", folder.path, "--format", "xlsx", "--out", out.path)
        #expect(run.status == .dataError)
        #expect(run.err.contains("county-rates.xlsx 工作表「工作表1」儲存格 D2「本期收繳率」欄：值「12abc」，應為"), "\(run.err)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aWorkbookRenamedCSVIsReadAsAWorkbook() throws {
        let sample = try #require(Catalog.program("pension-county-112")).sampleData
        let text = try String(contentsOf: sample.appendingPathComponent("county-rates.csv"), encoding: .utf8)
        let folder = try XLSXFixtures.folder("county-rates.csv", try XLSXFixtures.workbook([("Sheet1", text)]))
        #expect(json("pension-county-112", folder).1 == json("pension-county-112", sample).1)
    }

    /// `counts.xlsx` with `rows` (each `<row>` element's cells) read as `countsSpec`.
    private func table(_ body: String, shared: [String] = []) throws(DataError) -> Table {
        let folder = try! XLSXFixtures.folder("counts.xlsx", XLSXFixtures.raw(body: body, shared: shared))
        return try DataSource(path: folder.path).table(XLSXFixtures.countsSpec)
    }

    private static let header = #"<row r="1"><c r="A1" t="inlineStr"><is><t>單位</t></is></c><c r="B1" t="inlineStr"><is><t>件數</t></is></c><c r="C1" t="inlineStr"><is><t>比率</t></is></c></row>"#

    private func error(_ body: String, shared: [String] = []) -> String {
        do {
            _ = try table(body, shared: shared).rows.map { row throws(DataError) in
                (try row.unit("單位"), try row.count("件數"), try row.optionalValue("比率", CellParser.rate))
            }
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func cellsBecomeTheTextACSVWouldHold() throws {
        let body = "<sheetData>" + Self.header
            // Shared strings (one rich text with a phonetic guide), a number stored as text, a percent.
            + #"<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" s="2"><v>0.687</v></c></row>"#
            // An inline string, an exponent, a rate written as text.
            + #"<row r="3"><c r="A3" t="inlineStr"><is><t> 丙區 </t></is></c><c r="B3"><v>1.5E3</v></c><c r="C3" t="str"><f>"68.70%"</f><v>68.70%</v></c></row>"#
            // A custom number format that is not a date; a blank trailing row with styled empty cells.
            + #"<row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4" s="4"><v>12</v></c></row>"#
            + #"<row r="5"><c r="A5" s="1"/><c r="B5" s="2"/></row><row r="6"/>"#
            + "</sheetData>"
        let table = try table(body, shared: ["<r><t>甲</t></r><r><t>區</t></r><rPh><t>ㄐㄧㄚˇ</t></rPh>", "<t>1,234</t>", "<t>111-03</t>"])
        #expect(table.file == "counts.xlsx")
        #expect(table.sheet == "counts")
        #expect(table.rows.map(\.line) == [2, 3, 4])
        #expect(try table.rows.map { row throws(DataError) in try row.unit("單位") } == ["甲區", "丙區", "111-03"])
        #expect(try table.rows.map { row throws(DataError) in try row.count("件數") } == [1234, 1500, 12])
        #expect(try table.rows[0].rate("比率") == Decimal(string: "68.7"))
        #expect(try table.rows[1].rate("比率") == Decimal(string: "68.7"))
    }

    @Test func aDateInACountColumnIsAnErrorNamingTheCell() {
        let message = error("<sheetData>" + Self.header + #"<row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2"><v>5</v></c></row>"#
            + #"<row r="3"><c r="A3" t="inlineStr"><is><t>乙</t></is></c><c r="B3" s="3"><v>44621</v></c></row></sheetData>"#)
        #expect(message.hasPrefix("counts.xlsx 工作表「counts」儲存格 B3「件數」欄：值「2022-03-01」，應為"), "\(message)")
    }

    @Test func aBadNumberNamesFileSheetCellAndValue() {
        let message = error("<sheetData>" + Self.header + #"<row r="7"><c r="A7" t="inlineStr"><is><t>甲</t></is></c><c r="B7" t="inlineStr"><is><t>12abc</t></is></c></row></sheetData>"#)
        #expect(message.hasPrefix("counts.xlsx 工作表「counts」儲存格 B7「件數」欄：值「12abc」，應為"), "\(message)")
    }

    @Test func mergedCells() {
        // Merged in the header: an error naming the range.
        let header = "<sheetData>" + Self.header + #"<row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2"><v>1</v></c></row></sheetData>"#
        let message = error(header + #"<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>"#)
        #expect(message.contains("counts.xlsx 工作表「counts」第 1 列：值「B1:C1」"), "\(message)")
        // A banner above the header is merged too: named the same way.
        let banner = #"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>111年</t></is></c></row></sheetData><mergeCells><mergeCell ref="A1:C1"/></mergeCells>"#
        #expect(error(banner).contains("值「A1:C1」"))
        // Merged down a data column: every row shows the top value.
        let down = "<sheetData>" + Self.header
            + #"<row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2"><v>1</v></c></row>"#
            + #"<row r="3"><c r="B3"><v>2</v></c></row></sheetData><mergeCells><mergeCell ref="A2:A3"/></mergeCells>"#
        #expect((try? table(down).rows.map { $0.text("單位") }) == ["甲", "甲"])
        // A merge down to the sheet's last row fills only the rows that hold something.
        let huge = down.replacingOccurrences(of: "A2:A3", with: "A2:C1048576")
        #expect((try? table(huge).rows.map { [$0.text("單位"), $0.text("件數")] }) == [["甲", "甲"], ["甲", "甲"]])
    }

    @Test func errorValuesAndUncomputedFormulasNameTheCell() {
        let errorValue = error("<sheetData>" + Self.header + #"<row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row></sheetData>"#)
        #expect(errorValue.hasPrefix("counts.xlsx 工作表「counts」儲存格 B2：值「#DIV/0!」"), "\(errorValue)")
        let uncomputed = error("<sheetData>" + Self.header + #"<row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2"><f>SUM(1,2)</f></c></row></sheetData>"#)
        #expect(uncomputed.hasPrefix("counts.xlsx 工作表「counts」儲存格 B2："), "\(uncomputed)")
        // Beyond the header's columns a cell is ignored, as a CSV's extra columns are.
        let beyond = error("<sheetData>" + Self.header + #"<row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c></row></sheetData>"#)
        #expect(beyond == "no error")
    }

    @Test func aMissingColumnNamesTheSheet() {
        let message = error(#"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>單位</t></is></c></row></sheetData>"#)
        #expect(message.hasPrefix("counts.xlsx 工作表「counts」第 1 列「件數」欄：缺少必要欄位"), "\(message)")
    }

    @Test func aWorkbookOfSeveralSheetsNeedsOneNamedLikeTheInput() throws {
        let bytes = try XLSXFixtures.workbook([("甲", "單位,件數\n甲,1\n"), ("乙", "單位,件數\n乙,2\n")])
        let folder = try XLSXFixtures.folder("counts.xlsx", bytes)
        #expect(throws: DataError(file: "counts.xlsx", expected: "活頁簿有多個工作表（「甲」、「乙」），請將資料所在的工作表命名為「counts」")) {
            try DataSource(path: folder.path).table(XLSXFixtures.countsSpec)
        }
    }

    @Test func damagedFilesAreClearErrors() throws {
        let good = try XLSXFixtures.workbook([("counts", "單位,件數\n甲,1\n")])
        func message(_ bytes: [UInt8], name: String = "counts.xlsx") -> String {
            let folder = try! XLSXFixtures.folder(name, bytes)
            do {
                _ = try DataSource(path: folder.path).table(XLSXFixtures.countsSpec)
                return "no error"
            } catch {
                return error.description
            }
        }
        #expect(message(Array("單位,件數\n甲,1\n".utf8)).hasPrefix("counts.xlsx：不是有效的 Excel 活頁簿"))
        #expect(message([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).contains("97-2003"))
        #expect(message(Array(good.prefix(good.count / 2))).hasPrefix("counts.xlsx：不是有效的 Excel 活頁簿"))
        // A byte of the sheet's (deflated) contents changed.
        var flipped = good
        let sheetName = Array("xl/worksheets/sheet1.xml".utf8)
        let at = try #require((0..<(good.count - sheetName.count)).first { good[$0..<($0 + sheetName.count)].elementsEqual(sheetName) })
        flipped[at + sheetName.count + 20] ^= 0xFF
        #expect(message(flipped).hasPrefix("counts.xlsx 工作表「counts」：檔案已損壞"), "\(message(flipped))")
        // A workbook renamed .csv is read as a workbook, a damaged one is named as such.
        #expect(message(Array(good.prefix(good.count - 30)), name: "counts.csv").hasPrefix("counts.csv：不是有效的 Excel 活頁簿"))
    }

    @Test func aDamagedWorkbookIsReportedNotSkipped() throws {
        // The only workbook in the folder is damaged: the run says so instead of "no such file".
        let good = try XLSXFixtures.workbook([("county-rates", "地區,本期收繳率,前期收繳率\n")])
        let folder = try XLSXFixtures.folder("資料.xlsx", Array(good.prefix(good.count - 10)))
        let run = pingbi("run", "pension-county-112", "--data", folder.path)
        #expect(run.status == .dataError)
        #expect(run.err.contains("資料.xlsx：不是有效的 Excel 活頁簿"), "\(run.err)")
        let own = try XLSXFixtures.folder("county-rates.xlsx", Array(good.prefix(good.count - 10)))
        #expect(pingbi("run", "pension-county-112", "--data", own.path).err.contains("county-rates.xlsx：不是有效的 Excel 活頁簿"))
    }

    @Test func aZipBombIsRefusedWithoutInflatingIt() throws {
        let zeros = [UInt8](repeating: 0, count: 40 << 20)
        let compressed = try XLSXTestDeflate.raw(zeros)
        #expect(compressed.count < 100_000)
        // Declared honestly: too large to read at all.
        let honest = XLSXTestDeflate.workbookWithDeflatedSheet(compressed, declaredSize: zeros.count, crc: 0)
        let folder = try XLSXFixtures.folder("counts.xlsx", honest)
        #expect { try DataSource(path: folder.path).table(XLSXFixtures.countsSpec) } throws: { error in
            (error as? DataError)?.description.contains("過大") == true
        }
        // Declared small: inflating stops at the declared size.
        let lying = XLSXTestDeflate.workbookWithDeflatedSheet(compressed, declaredSize: 1000, crc: 0)
        let other = try XLSXFixtures.folder("counts.xlsx", lying)
        #expect { try DataSource(path: other.path).table(XLSXFixtures.countsSpec) } throws: { error in
            (error as? DataError)?.description.contains("已損壞") == true
        }
    }
}
