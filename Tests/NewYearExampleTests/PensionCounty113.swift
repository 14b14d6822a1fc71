import Foundation
import NationalPension112
import PingbiCore

/// A hypothetical 113 edition of the national-pension principles: what `swift package new-program
/// --from NationalPension112 --name NationalPension113 --id pension-county-113` writes, plus the one
/// difference the (imagined) 113 document makes — 六(一)'s review list is the last six, not five.
/// It lives under Tests/ so that the shipped program list holds only real programs
/// (docs/new-year.md walks through it).
let programs: [any Program] = [
    Edition(base: pensionCounty113, id: "pension-county-113", title: "直轄市、縣(市)政府國民年金保險收繳率消長評比（113 年版，假設）"),
]

/// The 112 program with the 113 differences stated, and nothing else.
let pensionCounty113: PensionCounty112 = {
    var program = PensionCounty112()
    program.reviewQuota = 6  // 六(一)：收繳率消長後六名者，應提出檢討報告
    return program
}()
