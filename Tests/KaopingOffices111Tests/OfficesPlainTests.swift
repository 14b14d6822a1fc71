import Foundation
import PingbiCore
import PingbiTesting
import Testing
@testable import KaopingOffices111

/// `offices.csv` read from its bytes gives the offices and warnings its table gives, or the
/// same error (the table's reading words it).
@Suite struct OfficesPlainTests {
    /// The offices and warnings of `text` read from a folder (the plain path first) and from a
    /// stand-in text (the table's path only), or each one's error.
    static func both(_ text: String, bounds: GroupBounds = .halfOpen) throws -> (plain: Result<([Office], [String]), DataError>, table: Result<([Office], [String]), DataError>) {
        let folder = try temporaryFolder(holding: ["offices.csv": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        func read(_ data: DataSource) -> Result<([Office], [String]), DataError> {
            var warnings: [String] = []
            do throws(DataError) {
                let offices = try Office.load(data, groups: Kaoping111.documentGroups, bounds: bounds, warnings: &warnings)
                return .success((offices, warnings))
            } catch {
                return .failure(error)
            }
        }
        var standIn = DataSource(directory: folder, label: "")
        standIn.replacements = ["offices.csv": text]
        return (read(DataSource(directory: folder, label: "")), read(standIn))
    }

    static func same(_ a: Result<([Office], [String]), DataError>, _ b: Result<([Office], [String]), DataError>) -> Bool {
        switch (a, b) {
        case (.success(let x), .success(let y)): x.0 == y.0 && x.1 == y.1
        case (.failure(let x), .failure(let y)): x == y
        default: false
        }
    }

    /// Expects each of `texts` read alike by the plain path and the general one, under either group bounds.
    static func expectSame(_ texts: [String]) throws {
        for text in texts {
            for bounds in [GroupBounds.halfOpen, .asWritten] {
                let (plain, table) = try both(text, bounds: bounds)
                #expect(same(plain, table), "\(text)")
            }
        }
    }

    static let good = """
        公所,組別,110年月平均異動筆數,在地製卡
        屏東縣潮州鎮,1,250,Y
        屏東縣春日鄉,2,,N
        屏東縣車城鄉,2,100,
        高雄市三民區,,35,N
        高雄市鼓山區,一,300,N
        澎湖縣馬公市,4,,

        """

    @Test func theSameOfficesWarningsAndErrors() throws {
        let texts = [
            Self.good,
            Self.good.replacingOccurrences(of: "屏東縣車城鄉,2,100,", with: "屏東縣車城鄉,3,100,"),
            Self.good.replacingOccurrences(of: "澎湖縣馬公市", with: "屏東縣潮州鎮"),
            Self.good.replacingOccurrences(of: "澎湖縣馬公市", with: "屏東縣潮州鎮 "),
            Self.good.replacingOccurrences(of: "高雄市鼓山區", with: "台東縣台東市"),
            Self.good.replacingOccurrences(of: ",35,", with: ",-1,"),
            Self.good.replacingOccurrences(of: ",35,", with: ",3x,"),
            Self.good.replacingOccurrences(of: ",35,", with: ",,"),
            Self.good.replacingOccurrences(of: "2,,N", with: "5,,N"),
            Self.good.replacingOccurrences(of: "2,,N", with: "2,,是"),
            Self.good.replacingOccurrences(of: ",4,,", with: ",\u{3000}4,,"),
            Self.good.replacingOccurrences(of: "在地製卡", with: "在地製卡,在地製卡"),
            Self.good.replacingOccurrences(of: "公所,", with: "名稱,"),
            "\u{FEFF}" + Self.good.replacingOccurrences(of: "\n", with: "\r\n"),
        ]
        try Self.expectSame(texts)
        let (plain, _) = try Self.both(Self.good)
        #expect(try plain.get().0.map(\.group) == [1, 2, 2, 3, 1, 4])
    }

    /// Without averages: `offices.csv` as the input check read it (``PlainTable``).
    static let noAverages = """
        公所,組別,110年月平均異動筆數,在地製卡
        屏東縣潮州鎮,1,,Y
        屏東縣春日鄉,2,,N

        屏東縣車城鄉,2,,
        高雄市三民區,3, ,N
        高雄市鼓山區,一,,N
        澎湖縣馬公市,4,,

        """

    @Test func withoutAveragesTheSameOfficesLinesAndErrors() throws {
        let texts = [
            Self.noAverages,
            Self.noAverages.replacingOccurrences(of: "\n", with: "\r\n"),
            Self.noAverages.replacingOccurrences(of: "\n", with: "\r"),
            Self.noAverages.replacingOccurrences(of: ",110年月平均異動筆數", with: "").replacingOccurrences(of: ",,", with: ","),
            Self.noAverages.replacingOccurrences(of: "澎湖縣馬公市", with: "屏東縣潮州鎮"),
            Self.noAverages.replacingOccurrences(of: "澎湖縣馬公市", with: "屏東縣潮州鎮 "),
            Self.noAverages.replacingOccurrences(of: "高雄市鼓山區", with: "台東縣台東市"),
            Self.noAverages.replacingOccurrences(of: "3, ,N", with: ", ,N"),
            Self.noAverages.replacingOccurrences(of: "3, ,N", with: "3,35,N"),
            Self.noAverages.replacingOccurrences(of: "2,,N", with: "5,,N"),
            Self.noAverages.replacingOccurrences(of: "2,,N", with: "2,,是"),
            Self.noAverages.replacingOccurrences(of: ",4,,", with: ",\u{3000}4,,"),
        ]
        try Self.expectSame(texts)
        let offices = try Self.both(Self.noAverages).plain.get().0
        #expect(offices.map(\.group) == [1, 2, 2, 3, 1, 4])
        #expect(offices.map(\.line) == [2, 3, 5, 6, 7, 8])
        #expect(offices.map(\.isCardSite) == [true, false, false, false, false, false])
    }

    @Test func theSampleReadsTheSame() throws {
        let text = try String(contentsOf: Kaoping111().sampleData.appendingPathComponent("offices.csv"), encoding: .utf8)
        let (plain, table) = try Self.both(text)
        #expect(Self.same(plain, table))
        #expect(try plain.get().0.count > 50)
    }
}
