import Foundation

/// Where a data folder keeps an input as a workbook: `offices.xlsx` for `offices.csv` (its
/// only sheet, or the one named `offices`), or one workbook in the folder with a sheet named
/// `offices` or `offices.csv`. A `.csv` that is really a workbook is read as one.
extension DataSource {
    /// The workbook file and sheet holding `fileName`, nil when the folder keeps it as CSV
    /// or not at all.
    func workbookSheet(for fileName: String) throws(DataError) -> (file: String, sheet: String)? {
        let stem = (fileName as NSString).deletingPathExtension
        if exists(csv: fileName) {
            guard let bytes = bytes(fileName), ZipArchive.looksLikeZip(bytes) else { return nil }
            return (fileName, try sheet(in: Workbook(bytes: bytes, file: displayName(fileName)), for: fileName))
        }
        let own = stem + ".xlsx"
        if exists(csv: own) {
            return (own, try sheet(in: workbook(own), for: fileName))
        }
        var found: [(file: String, sheet: String)] = []
        var unreadable: DataError?
        for name in fileNames() where name.lowercased().hasSuffix(".xlsx") && !name.hasPrefix("~$") && !name.hasPrefix(".") {
            do throws(DataError) {
                let workbook = try workbook(name)
                if let sheet = workbook.sheetNames.first(where: { Self.names($0, fileName) }) { found.append((name, sheet)) }
            } catch {
                unreadable = unreadable ?? error
            }
        }
        // A workbook that cannot be read may be the one holding the input: say so.
        if found.isEmpty, let unreadable { throw unreadable }
        guard found.count <= 1 else {
            throw DataError(
                file: displayName(fileName),
                expected: "只能由一個活頁簿提供，但 " + found.map { "\(displayName($0.file))（工作表「\($0.sheet)」）" }.joined(separator: "、") + " 都有此工作表")
        }
        return found.first
    }

    /// The sheet of a workbook kept for `fileName`: the one named like it, or its only sheet.
    private func sheet(in workbook: Workbook, for fileName: String) throws(DataError) -> String {
        if let sheet = workbook.sheetNames.first(where: { Self.names($0, fileName) }) { return sheet }
        guard workbook.sheetNames.count == 1 else {
            let stem = (fileName as NSString).deletingPathExtension
            throw DataError(
                file: workbook.file,
                expected: "活頁簿有多個工作表（" + workbook.sheetNames.map { "「\($0)」" }.joined(separator: "、")
                    + "），請將資料所在的工作表命名為「\(stem)」")
        }
        return workbook.sheetNames[0]
    }

    /// Whether the sheet name `sheet` names the input `fileName` (`offices` or `offices.csv`).
    private static func names(_ sheet: String, _ fileName: String) -> Bool {
        let name = sheet.trimmingCharacters(in: .whitespaces).lowercased()
        let file = fileName.lowercased()
        return name == file || name == (file as NSString).deletingPathExtension
    }

    func workbook(_ fileName: String) throws(DataError) -> Workbook {
        guard let bytes = bytes(fileName) else {
            throw DataError(file: displayName(fileName), expected: "無法讀取檔案")
        }
        return try Workbook(bytes: bytes, file: displayName(fileName))
    }

    private func bytes(_ fileName: String) -> [UInt8]? {
        FileManager.default.contents(atPath: directory.appendingPathComponent(fileName).path).map { [UInt8]($0) }
    }

    /// Whether the folder has the file itself (not a workbook standing for it).
    func exists(csv fileName: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(fileName).path)
    }
}
